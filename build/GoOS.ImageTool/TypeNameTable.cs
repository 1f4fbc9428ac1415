namespace GoOS.ImageTool;

/// <summary>A MethodTable symbol of the image and the name GetType().FullName reports for it.</summary>
public readonly record struct TypeNameEntry(string MethodTableSymbol, string FullName, bool Exact);

/// <summary>Names every MethodTable of the object: exactly when the mangled name parses against
/// the input assemblies' metadata, otherwise the mangled name itself (ilc-made types).</summary>
public static class TypeNameTable
{
    public static List<TypeNameEntry> Build(IEnumerable<ElfSymbol> symbols, MangledTypeParser parser)
    {
        var entries = new List<TypeNameEntry>();
        foreach (ElfSymbol symbol in symbols)
        {
            if (!symbol.IsDefined) continue;
            string mangled = IlcMangling.FromMethodTableSymbol(symbol.Name);
            if (mangled == null) continue;
            MangledType type = Parse(mangled, parser);
            entries.Add(new TypeNameEntry(symbol.Name, type?.FullName ?? mangled, type != null));
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.MethodTableSymbol, b.MethodTableSymbol));
        return entries;
    }

    /// <summary>The type a MethodTable's mangled name describes: value types carry a "Boxed_" prefix.</summary>
    public static MangledType Parse(string mangled, MangledTypeParser parser)
    {
        if (mangled.StartsWith(IlcMangling.BoxedPrefix, StringComparison.Ordinal))
        {
            MangledType boxed = parser.ParseWhole(mangled[IlcMangling.BoxedPrefix.Length..]);
            if (boxed != null) return boxed;
        }
        return parser.ParseWhole(mangled);
    }
}
