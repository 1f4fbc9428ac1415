using System.Buffers.Binary;
using System.Text;

namespace GoOS.ImageTool;

/// <summary>One entry of an ELF64 symbol table.</summary>
public readonly record struct ElfSymbol(string Name, ulong Value, ulong Size, ushort SectionIndex, byte Type)
{
    private const byte FunctionType = 2;   // STT_FUNC

    public bool IsDefined => SectionIndex != 0;
    public bool IsFunction => Type == FunctionType;
}

/// <summary>Reads the symbol table (.symtab) of a little-endian ELF64 file: an ilc object or a linked image.</summary>
public static class ElfSymbols
{
    private const uint SymtabSectionType = 2;
    private const int SectionHeaderSize = 64;
    private const int SymbolSize = 24;
    private static ReadOnlySpan<byte> ElfMagic => [0x7F, (byte)'E', (byte)'L', (byte)'F'];

    /// <summary>All named symbols of the file; throws InvalidDataException if it is not ELF64 little-endian or has no .symtab.</summary>
    public static IReadOnlyList<ElfSymbol> Read(byte[] file)
    {
        ReadOnlySpan<byte> data = file;
        if (data.Length < 64 || !data[..4].SequenceEqual(ElfMagic))
            throw new InvalidDataException("not an ELF file");
        if (data[4] != 2 || data[5] != 1)
            throw new InvalidDataException("not a little-endian ELF64 file");

        ulong sectionTable = BinaryPrimitives.ReadUInt64LittleEndian(data[0x28..]);
        ushort sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(data[0x3C..]);
        for (int i = 0; i < sectionCount; i++)
        {
            ReadOnlySpan<byte> header = Section(data, sectionTable, i);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) != SymtabSectionType) continue;
            uint link = BinaryPrimitives.ReadUInt32LittleEndian(header[40..]);
            ReadOnlySpan<byte> strings = Contents(data, Section(data, sectionTable, (int)link));
            return ReadSymbols(Contents(data, header), strings);
        }
        throw new InvalidDataException("no symbol table (.symtab)");
    }

    private static List<ElfSymbol> ReadSymbols(ReadOnlySpan<byte> table, ReadOnlySpan<byte> strings)
    {
        var symbols = new List<ElfSymbol>(table.Length / SymbolSize);
        for (int offset = 0; offset + SymbolSize <= table.Length; offset += SymbolSize)
        {
            ReadOnlySpan<byte> entry = table.Slice(offset, SymbolSize);
            string name = CString(strings, BinaryPrimitives.ReadUInt32LittleEndian(entry));
            if (name.Length == 0) continue;
            symbols.Add(new ElfSymbol(name,
                BinaryPrimitives.ReadUInt64LittleEndian(entry[8..]),
                BinaryPrimitives.ReadUInt64LittleEndian(entry[16..]),
                BinaryPrimitives.ReadUInt16LittleEndian(entry[6..]),
                (byte)(entry[4] & 0xF)));
        }
        return symbols;
    }

    private static ReadOnlySpan<byte> Section(ReadOnlySpan<byte> data, ulong table, int index) =>
        data.Slice(checked((int)table + index * SectionHeaderSize), SectionHeaderSize);

    private static ReadOnlySpan<byte> Contents(ReadOnlySpan<byte> data, ReadOnlySpan<byte> header) =>
        data.Slice(checked((int)BinaryPrimitives.ReadUInt64LittleEndian(header[24..])),
                   checked((int)BinaryPrimitives.ReadUInt64LittleEndian(header[32..])));

    private static string CString(ReadOnlySpan<byte> strings, uint offset)
    {
        ReadOnlySpan<byte> rest = strings[(int)offset..];
        int end = rest.IndexOf((byte)0);
        return Encoding.UTF8.GetString(end < 0 ? rest : rest[..end]);
    }
}
