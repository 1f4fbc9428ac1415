using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace GoOS.Tests.Host.Exceptions;

/// <summary>A linked GoOS ELF image loaded for host tests: its allocated sections are copied
/// into native memory at their relative virtual positions, so relative pointers inside them
/// (.eh_frame_hdr, .eh_frame, LSDAs, EH info) work as they do in the kernel.</summary>
internal sealed unsafe class ElfImage : IDisposable
{
    private readonly Dictionary<string, (ulong Address, ulong Size)> _sections = new();
    private readonly Dictionary<string, ulong> _symbols = new();
    private readonly ulong _base;
    private readonly ulong _end;
    private readonly byte* _memory;

    public ElfImage(string path)
    {
        byte[] file = File.ReadAllBytes(path);
        ulong sectionHeaders = BinaryPrimitives.ReadUInt64LittleEndian(file.AsSpan(0x28));
        int entrySize = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(0x3A));
        int count = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(0x3C));
        int namesIndex = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(0x3E));
        var headers = new List<(uint Name, uint Type, ulong Flags, ulong Address, ulong Offset, ulong Size, uint Link)>();
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> h = file.AsSpan((int)sectionHeaders + i * entrySize);
            headers.Add((BinaryPrimitives.ReadUInt32LittleEndian(h), BinaryPrimitives.ReadUInt32LittleEndian(h[4..]),
                BinaryPrimitives.ReadUInt64LittleEndian(h[8..]), BinaryPrimitives.ReadUInt64LittleEndian(h[16..]),
                BinaryPrimitives.ReadUInt64LittleEndian(h[24..]), BinaryPrimitives.ReadUInt64LittleEndian(h[32..]),
                BinaryPrimitives.ReadUInt32LittleEndian(h[40..])));
        }
        string NameAt(ulong tableOffset, uint offset)
        {
            int start = (int)(tableOffset + offset), end = start;
            while (file[end] != 0) end++;
            return Encoding.ASCII.GetString(file, start, end - start);
        }
        ulong sectionNames = headers[namesIndex].Offset;
        const ulong SHF_ALLOC = 2;
        const uint SHT_NOBITS = 8, SHT_SYMTAB = 2;
        _base = ulong.MaxValue;
        foreach (var h in headers)
        {
            _sections[NameAt(sectionNames, h.Name)] = (h.Address, h.Size);
            if ((h.Flags & SHF_ALLOC) == 0 || h.Address < 0xFFFF000000000000) continue;   // the higher-half part
            _base = Math.Min(_base, h.Address);
            _end = Math.Max(_end, h.Address + h.Size);
        }
        _memory = (byte*)NativeMemory.AllocZeroed((nuint)(_end - _base));
        foreach (var h in headers)
        {
            if ((h.Flags & SHF_ALLOC) == 0 || h.Address < _base || h.Type == SHT_NOBITS) continue;
            file.AsSpan((int)h.Offset, (int)h.Size).CopyTo(new Span<byte>(_memory + (h.Address - _base), (int)h.Size));
        }
        foreach (var h in headers.Where(h => h.Type == SHT_SYMTAB))
        {
            ulong names = headers[(int)h.Link].Offset;
            for (ulong at = h.Offset; at < h.Offset + h.Size; at += 24)
            {
                ReadOnlySpan<byte> symbol = file.AsSpan((int)at);
                uint name = BinaryPrimitives.ReadUInt32LittleEndian(symbol);
                if (name != 0) _symbols[NameAt(names, name)] = BinaryPrimitives.ReadUInt64LittleEndian(symbol[8..]);
            }
        }
    }

    public (ulong Address, ulong Size) Section(string name) => _sections[name];

    public ulong Symbol(string name) => _symbols[name];

    public IEnumerable<KeyValuePair<string, ulong>> Symbols => _symbols;

    /// <summary>Where the byte at a kernel virtual address lives in host memory.</summary>
    public byte* Host(ulong address) => _memory + (address - _base);

    /// <summary>The kernel virtual address of a host pointer into the image.</summary>
    public ulong Kernel(void* pointer) => (ulong)((byte*)pointer - _memory) + _base;

    public void Dispose() => NativeMemory.Free(_memory);
}
