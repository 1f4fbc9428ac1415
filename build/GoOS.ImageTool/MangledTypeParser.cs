namespace GoOS.ImageTool;

/// <summary>Parses ilc's spelling of types back into MangledType trees, using the catalog to know
/// which names are types (type names may themselves contain "__", so the longest known name wins).</summary>
public sealed class MangledTypeParser
{
    private readonly TypeCatalog _catalog;

    public MangledTypeParser(TypeCatalog catalog) { _catalog = catalog; }

    /// <summary>The whole of 'text' as one type, or null if it is not one.</summary>
    public MangledType ParseWhole(string text)
    {
        int position = 0;
        MangledType type = Parse(text, ref position);
        return type != null && position == text.Length ? type : null;
    }

    /// <summary>One type starting at 'position' (advanced past it), or null.</summary>
    public MangledType Parse(string text, ref int position)
    {
        MangledType type;
        if (Skip(text, ref position, "__Array<"))
        {
            MangledType element = Parse(text, ref position);
            if (element == null || !Skip(text, ref position, ">")) return null;
            type = new ArrayType(element, 0);
        }
        else if (Skip(text, ref position, "__MDArray<"))
        {
            MangledType element = Parse(text, ref position);
            if (element == null || !Skip(text, ref position, ",")) return null;
            int start = position;
            while (position < text.Length && char.IsAsciiDigit(text[position])) position++;
            if (position == start) return null;
            int rank = int.Parse(text.AsSpan(start, position - start));
            if (!Skip(text, ref position, ">")) return null;
            type = new ArrayType(element, rank);
        }
        else
        {
            type = ParseDefinition(text, ref position);
            if (type == null) return null;
        }
        while (true)
        {
            if (Skip(text, ref position, "<Pointer>")) type = new ParameterizedType(type, "Pointer");
            else if (Skip(text, ref position, "<ByRef>")) type = new ParameterizedType(type, "ByRef");
            else return type;
        }
    }

    /// <summary>Type arguments "A__B__C&gt;" after an opening '&lt;' (the '&gt;' is consumed), or null.</summary>
    public List<MangledType> ParseArguments(string text, ref int position)
    {
        var arguments = new List<MangledType>();
        do
        {
            MangledType argument = Parse(text, ref position);
            if (argument == null) return null;
            arguments.Add(argument);
        } while (Skip(text, ref position, "__"));
        return Skip(text, ref position, ">") ? arguments : null;
    }

    private MangledType ParseDefinition(string text, ref int position)
    {
        int end = LongestNameEnd(text, position);
        if (end < 0) return null;
        string name = text[position..end];
        position = end;
        if (name == IlcMangling.CanonName) return new CanonType();
        IlType definition = _catalog.ByMangledName(name);
        if (definition.GenericArity == 0 || position >= text.Length || text[position] != '<' || IsSuffix(text, position))
            return new DefinitionType(definition, Array.Empty<MangledType>());
        int afterBracket = position + 1;
        List<MangledType> arguments = ParseArguments(text, ref afterBracket);
        if (arguments == null) return null;
        position = afterBracket;
        return new DefinitionType(definition, arguments);
    }

    private static bool IsSuffix(string text, int position) =>
        string.CompareOrdinal(text, position, "<Pointer>", 0, 9) == 0 || string.CompareOrdinal(text, position, "<ByRef>", 0, 7) == 0;

    // The end of the longest known type name starting at 'start' that is followed by the end of
    // the text, a bracket, a comma or "__"; -1 if there is none.
    private int LongestNameEnd(string text, int start)
    {
        for (int end = text.Length; end > start; end--)
        {
            bool boundary = end == text.Length || text[end] is '<' or '>' or ','
                || (end + 1 < text.Length && text[end] == '_' && text[end + 1] == '_');
            if (boundary && _catalog.IsMangledName(text[start..end])) return end;
        }
        return -1;
    }

    private static bool Skip(string text, ref int position, string expected)
    {
        if (string.CompareOrdinal(text, position, expected, 0, expected.Length) != 0 || position + expected.Length > text.Length) return false;
        position += expected.Length;
        return true;
    }
}
