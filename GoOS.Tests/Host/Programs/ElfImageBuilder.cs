using System.Buffers.Binary;

namespace GoOS.Tests.Host.Programs;

/// <summary>Writes small ELF64 x86-64 executables for the validator's tests: a 64-byte header,
/// the program headers right after it, and a byte pattern everywhere else. Standard() is laid
/// out as ld.lld lays out a static program (headers and rodata, code, data with bss, a
/// GNU_STACK header); tests then change one field to make it invalid.</summary>
internal sealed class ElfImageBuilder
{
    public const uint Load = 1, Interpreter = 3, Note = 4, GnuStack = 0x6474E551;
    public const uint Execute = 1, Write = 2, Read = 4;
    public const int HeaderSize = 64, ProgramHeaderSize = 56;

    // Field offsets in the file header and in a program header (ELF64 gABI).
    public const int EntryField = 24, ProgramHeaderOffsetField = 32, ProgramHeaderCountField = 56;
    public const int TypeField = 0, FlagsField = 4, OffsetField = 8, AddressField = 16, FileSizeField = 32, MemorySizeField = 40;

    public const ulong StandardEntry = 0x401190;

    public sealed record Segment(uint Type, uint Flags, ulong Offset, ulong Address, ulong FileBytes, ulong MemoryBytes);

    public readonly List<Segment> Segments = new();
    public ulong Entry;

    /// <summary>Headers and rodata at 0x400000 (file 0..0x180), code at 0x401180 (file
    /// 0x180..0x280), data at 0x402280 (file 0x280..0x300) followed by 0x2F80 bytes of bss.</summary>
    public static ElfImageBuilder Standard()
    {
        var builder = new ElfImageBuilder { Entry = StandardEntry };
        builder.Segments.Add(new Segment(Load, Read, 0, 0x400000, 0x180, 0x180));
        builder.Segments.Add(new Segment(Load, Read | Execute, 0x180, 0x401180, 0x100, 0x100));
        builder.Segments.Add(new Segment(Load, Read | Write, 0x280, 0x402280, 0x80, 0x3000));
        builder.Segments.Add(new Segment(GnuStack, Read | Write, 0, 0, 0, 0));
        return builder;
    }

    public byte[] Build()
    {
        ulong length = (ulong)(HeaderSize + Segments.Count * ProgramHeaderSize);
        foreach (Segment segment in Segments)
            if (segment.Type == Load && segment.Offset + segment.FileBytes >= segment.Offset && segment.Offset + segment.FileBytes < 1 << 20)
                length = Math.Max(length, segment.Offset + segment.FileBytes);

        byte[] image = new byte[length];
        for (int i = 0; i < image.Length; i++) image[i] = (byte)(i * 7 + 1);
        image.AsSpan(0, HeaderSize).Clear();
        image[0] = 0x7F; image[1] = (byte)'E'; image[2] = (byte)'L'; image[3] = (byte)'F';
        image[4] = 2;                                       // ELFCLASS64
        image[5] = 1;                                       // ELFDATA2LSB
        image[6] = 1;                                       // EV_CURRENT
        Put16(image, 16, 2);                                // ET_EXEC
        Put16(image, 18, 62);                               // EM_X86_64
        Put32(image, 20, 1);                                // e_version
        Put64(image, EntryField, Entry);
        Put64(image, ProgramHeaderOffsetField, HeaderSize);
        Put16(image, 52, HeaderSize);                       // e_ehsize
        Put16(image, 54, ProgramHeaderSize);                // e_phentsize
        Put16(image, ProgramHeaderCountField, (ushort)Segments.Count);
        for (int i = 0; i < Segments.Count; i++)
        {
            Segment segment = Segments[i];
            int at = HeaderSize + i * ProgramHeaderSize;
            image.AsSpan(at, ProgramHeaderSize).Clear();
            Put32(image, at + TypeField, segment.Type);
            Put32(image, at + FlagsField, segment.Flags);
            Put64(image, at + OffsetField, segment.Offset);
            Put64(image, at + AddressField, segment.Address);
            Put64(image, at + FileSizeField, segment.FileBytes);
            Put64(image, at + MemorySizeField, segment.MemoryBytes);
            Put64(image, at + 48, 0x1000);                  // p_align
        }
        return image;
    }

    /// <summary>Where field of program header index starts in the file.</summary>
    public static int ProgramHeaderField(int index, int field) => HeaderSize + index * ProgramHeaderSize + field;

    public static void Put16(byte[] image, int at, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(image.AsSpan(at), value);

    public static void Put32(byte[] image, int at, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(at), value);

    public static void Put64(byte[] image, int at, ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(image.AsSpan(at), value);
}
