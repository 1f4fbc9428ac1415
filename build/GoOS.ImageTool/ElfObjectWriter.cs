using System.Buffers.Binary;
using System.Text;

namespace GoOS.ImageTool;

/// <summary>Writes a minimal ELF64 x86-64 relocatable object: one writable .data section with
/// global labels and absolute 64-bit references (R_X86_64_64) to symbols defined elsewhere.
/// A generated object rather than nasm source, because ilc's symbol names contain '&lt;', '&gt;'
/// and ',' which nasm cannot spell.</summary>
public sealed class ElfObjectWriter
{
    private const ushort RelocatableType = 1, MachineX86_64 = 62;
    private const uint ProgBits = 1, SymTab = 2, StrTab = 3, Rela = 4;
    private const ulong AllocWrite = 0x3, InfoLink = 0x40;
    private const uint RelocationAbsolute64 = 1;
    private const int DataSection = 1, RelaSection = 2, SymtabSection = 3, StrtabSection = 4, ShstrtabSection = 5;

    private readonly MemoryStream _data = new();
    private readonly List<(ulong Offset, string Symbol)> _relocations = new();
    private readonly List<(string Name, ulong Offset)> _labels = new();

    public ulong Position => (ulong)_data.Length;

    /// <summary>Defines a global symbol at the current position of .data.</summary>
    public void Label(string name) => _labels.Add((name, Position));

    /// <summary>8 bytes that the linker fills with the address of 'symbol'.</summary>
    public void Address(string symbol)
    {
        _relocations.Add((Position, symbol));
        Quad(0);
    }

    public void Quad(ulong value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
        _data.Write(bytes);
    }

    public void UInt32(uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        _data.Write(bytes);
    }

    public void Bytes(ReadOnlySpan<byte> bytes) => _data.Write(bytes);

    public void Align(int alignment)
    {
        while (_data.Length % alignment != 0) _data.WriteByte(0);
    }

    /// <summary>The object file's bytes.</summary>
    public byte[] ToArray()
    {
        var strings = new StringTable();
        var symbols = new List<(uint Name, ushort Section, ulong Value)> { (0, 0, 0) };
        var symbolIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string name, ulong offset) in _labels)
        {
            symbolIndex[name] = symbols.Count;
            symbols.Add((strings.Add(name), DataSection, offset));
        }
        foreach (string external in _relocations.Select(r => r.Symbol).Distinct())
        {
            if (symbolIndex.ContainsKey(external)) continue;
            symbolIndex[external] = symbols.Count;
            symbols.Add((strings.Add(external), 0, 0));
        }

        var output = new MemoryStream();
        var writer = new BinaryWriter(output);
        writer.Write(new byte[64]);
        ulong dataOffset = Align(writer, 16);
        writer.Write(_data.ToArray());
        ulong relaOffset = Align(writer, 8);
        foreach ((ulong offset, string symbol) in _relocations)
        {
            writer.Write(offset);
            writer.Write(((ulong)symbolIndex[symbol] << 32) | RelocationAbsolute64);
            writer.Write(0L);
        }
        ulong symtabOffset = Align(writer, 8);
        foreach ((uint name, ushort section, ulong value) in symbols)
        {
            writer.Write(name);
            writer.Write((byte)(name == 0 ? 0 : 0x10));   // STB_GLOBAL, STT_NOTYPE
            writer.Write((byte)0);
            writer.Write(section);
            writer.Write(value);
            writer.Write(0UL);
        }
        ulong strtabOffset = (ulong)output.Position;
        writer.Write(strings.Bytes);
        var sectionNames = new StringTable();
        uint[] names = { 0, sectionNames.Add(".data"), sectionNames.Add(".rela.data"), sectionNames.Add(".symtab"), sectionNames.Add(".strtab"), sectionNames.Add(".shstrtab") };
        ulong shstrtabOffset = (ulong)output.Position;
        writer.Write(sectionNames.Bytes);
        ulong sectionTable = Align(writer, 8);
        writer.Write(new byte[64]);
        SectionHeader(writer, names[DataSection], ProgBits, AllocWrite, dataOffset, (ulong)_data.Length, 0, 0, 16, 0);
        SectionHeader(writer, names[RelaSection], Rela, InfoLink, relaOffset, (ulong)_relocations.Count * 24, SymtabSection, DataSection, 8, 24);
        SectionHeader(writer, names[SymtabSection], SymTab, 0, symtabOffset, (ulong)symbols.Count * 24, StrtabSection, 1, 8, 24);
        SectionHeader(writer, names[StrtabSection], StrTab, 0, strtabOffset, (ulong)strings.Bytes.Length, 0, 0, 1, 0);
        SectionHeader(writer, names[ShstrtabSection], StrTab, 0, shstrtabOffset, (ulong)sectionNames.Bytes.Length, 0, 0, 1, 0);

        byte[] file = output.ToArray();
        WriteHeader(file, sectionTable);
        return file;
    }

    private static void WriteHeader(byte[] file, ulong sectionTable)
    {
        Span<byte> header = file.AsSpan(0, 64);
        header[0] = 0x7F; header[1] = (byte)'E'; header[2] = (byte)'L'; header[3] = (byte)'F';
        header[4] = 2; header[5] = 1; header[6] = 1;             // ELF64, little-endian, version 1
        BinaryPrimitives.WriteUInt16LittleEndian(header[16..], RelocatableType);
        BinaryPrimitives.WriteUInt16LittleEndian(header[18..], MachineX86_64);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], 1);
        BinaryPrimitives.WriteUInt64LittleEndian(header[40..], sectionTable);
        BinaryPrimitives.WriteUInt16LittleEndian(header[52..], 64);  // header size
        BinaryPrimitives.WriteUInt16LittleEndian(header[58..], 64);  // section header size
        BinaryPrimitives.WriteUInt16LittleEndian(header[60..], 6);   // section count
        BinaryPrimitives.WriteUInt16LittleEndian(header[62..], ShstrtabSection);
    }

    private static void SectionHeader(BinaryWriter writer, uint name, uint type, ulong flags, ulong offset, ulong size, uint link, uint info, ulong alignment, ulong entrySize)
    {
        writer.Write(name); writer.Write(type); writer.Write(flags); writer.Write(0UL);
        writer.Write(offset); writer.Write(size); writer.Write(link); writer.Write(info);
        writer.Write(alignment); writer.Write(entrySize);
    }

    private static ulong Align(BinaryWriter writer, int alignment)
    {
        while (writer.BaseStream.Position % alignment != 0) writer.Write((byte)0);
        return (ulong)writer.BaseStream.Position;
    }

    private sealed class StringTable
    {
        private readonly MemoryStream _bytes = new();

        public StringTable() { _bytes.WriteByte(0); }

        public byte[] Bytes => _bytes.ToArray();

        public uint Add(string name)
        {
            uint offset = (uint)_bytes.Length;
            _bytes.Write(Encoding.UTF8.GetBytes(name));
            _bytes.WriteByte(0);
            return offset;
        }
    }
}
