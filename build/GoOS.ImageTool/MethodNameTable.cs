namespace GoOS.ImageTool;

/// <summary>One method body of the object: its symbol (Section, Offset, Size as ilc emitted them;
/// the size covers the body's funclets) and the name stack traces show for it, Resolved when
/// MethodSymbolResolver read it (otherwise it is the symbol itself).</summary>
public readonly record struct MethodNameEntry(string Symbol, ushort Section, ulong Offset, ulong Size, string Name, bool Resolved);

/// <summary>Names every function symbol of ilc's object, sorted by section and then address, so
/// the runtime can binary-search each code section. A body with several symbols (an export and
/// its method) is listed once, by the symbol that resolves; bodies no symbol of which resolves
/// (ilc's helpers) keep their symbol name.</summary>
public static class MethodNameTable
{
    public static List<MethodNameEntry> Build(IEnumerable<ElfSymbol> symbols, MethodSymbolResolver resolver)
    {
        var entries = new List<MethodNameEntry>();
        IEnumerable<IGrouping<(ushort, ulong), ElfSymbol>> bodies = symbols
            .Where(s => s.IsDefined && s.IsFunction && s.Size > 0)
            .GroupBy(s => (s.SectionIndex, s.Value));
        foreach (IGrouping<(ushort Section, ulong Offset), ElfSymbol> body in bodies)
        {
            List<ElfSymbol> aliases = body.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
            ulong size = aliases.Max(s => s.Size);
            MethodNameEntry entry = new(aliases[0].Name, body.Key.Section, body.Key.Offset, size, aliases[0].Name, false);
            foreach (ElfSymbol alias in aliases)
            {
                string name = resolver.Resolve(alias.Name);
                if (name == null) continue;
                entry = entry with { Symbol = alias.Name, Name = name, Resolved = true };
                break;
            }
            entries.Add(entry);
        }
        entries.Sort((a, b) => a.Section != b.Section ? a.Section.CompareTo(b.Section) : a.Offset.CompareTo(b.Offset));
        return entries;
    }
}
