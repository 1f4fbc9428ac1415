using System.Buffers.Binary;
using System.Text;
using GoOS.Tests.Boot;
using NUnit.Framework;

namespace GoOS.Tests.Host.Memory;

/// <summary>The kernel maps its image by the groups kernel.ld marks (text, rodata, data with the
/// boot stack): every allocated section of the linked kernel must sit in the group whose
/// permissions it needs, or the kernel would fault on it (or leave data executable).</summary>
public class KernelSectionLayoutTests
{
    private const ulong KernelBase = 0xFFFFFFFF80000000;
    private const ulong ShfWrite = 1, ShfAlloc = 2, ShfExecute = 4;

    private sealed record Section(string Name, ulong Flags, ulong Address, ulong Size);

    [OneTimeSetUp]
    public void BuildTheTestImage() => BootTests.BuildTestImage();

    [Test]
    public void EverySectionLiesInTheGroupOfItsPermissions()
    {
        byte[] file = File.ReadAllBytes(Path.Combine(BootTests.OutDir, "goos-test.elf"));
        (List<Section> sections, Dictionary<string, ulong> symbols) = Read(file);
        ulong text = symbols["__kernel_text_start"], rodata = symbols["__kernel_rodata_start"], data = symbols["__kernel_data_start"];
        ulong guard = symbols["__kernel_stack_guard"], end = symbols["__kernel_end"];
        foreach (ulong boundary in new[] { text, rodata, data, guard, end }) Assert.That(boundary % 4096, Is.Zero);
        Assert.That(text < rodata && rodata <= data && data < guard && guard + 4096 < end, Is.True, "group order");

        foreach (Section section in sections.Where(s => (s.Flags & ShfAlloc) != 0 && s.Size != 0 && s.Address >= KernelBase))
        {
            ulong last = section.Address + section.Size;
            if ((section.Flags & ShfExecute) != 0)
                Assert.That(section.Address >= text && last <= rodata, Is.True, $"{section.Name} is code outside the text group");
            else if ((section.Flags & ShfWrite) != 0)
                Assert.That(section.Address >= data && last <= guard || section.Address >= guard + 4096 && last <= end, Is.True, $"{section.Name} is writable outside the data group");
            else
                Assert.That(section.Address >= rodata && last <= data, Is.True, $"{section.Name} is read-only outside the rodata group");
        }
        Assert.That(sections.Single(s => s.Name == ".stack").Address, Is.EqualTo(guard + 4096), "the boot stack sits right above its guard page");
    }

    private static (List<Section>, Dictionary<string, ulong>) Read(byte[] file)
    {
        ulong headers = BinaryPrimitives.ReadUInt64LittleEndian(file.AsSpan(0x28));
        int entrySize = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(0x3A));
        int count = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(0x3C));
        int namesIndex = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(0x3E));
        ReadOnlySpan<byte> Header(int i) => file.AsSpan((int)headers + i * entrySize);
        string Name(ulong table, uint offset)
        {
            int start = (int)(table + offset), stop = start;
            while (file[stop] != 0) stop++;
            return Encoding.ASCII.GetString(file, start, stop - start);
        }

        ulong sectionNames = BinaryPrimitives.ReadUInt64LittleEndian(Header(namesIndex)[24..]);
        var sections = new List<Section>();
        var symbols = new Dictionary<string, ulong>();
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> h = Header(i);
            sections.Add(new Section(Name(sectionNames, BinaryPrimitives.ReadUInt32LittleEndian(h)), BinaryPrimitives.ReadUInt64LittleEndian(h[8..]),
                BinaryPrimitives.ReadUInt64LittleEndian(h[16..]), BinaryPrimitives.ReadUInt64LittleEndian(h[32..])));
            if (BinaryPrimitives.ReadUInt32LittleEndian(h[4..]) != 2) continue;   // SHT_SYMTAB
            ulong offset = BinaryPrimitives.ReadUInt64LittleEndian(h[24..]), size = BinaryPrimitives.ReadUInt64LittleEndian(h[32..]);
            ulong strings = BinaryPrimitives.ReadUInt64LittleEndian(Header((int)BinaryPrimitives.ReadUInt32LittleEndian(h[40..]))[24..]);
            for (ulong s = offset; s < offset + size; s += 24)
                symbols.TryAdd(Name(strings, BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)s))), BinaryPrimitives.ReadUInt64LittleEndian(file.AsSpan((int)s + 8)));
        }
        return (sections, symbols);
    }
}
