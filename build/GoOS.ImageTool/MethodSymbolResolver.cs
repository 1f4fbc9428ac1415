using System.Reflection.Metadata;

namespace GoOS.ImageTool;

/// <summary>Reads ilc's symbol for a method body back into the name a .NET stack trace shows,
/// e.g. "GoOS_BootSuites_GoOS_BootSuites_Check__Throws&lt;System___Canon&gt;" into
/// "GoOS.BootSuites.Check.Throws&lt;T&gt;(Action, String)". Symbols are "Owner__Method" or
/// "Owner__Method&lt;Arguments&gt;" (Owner a mangled type, Method the name IlType.MethodsByMangledName
/// knows), and unboxing stubs "&lt;Boxed&gt;Owner__&lt;unbox&gt;OwnerDefinition__Method" or
/// "unbox_Owner__Method" (named as the method they enter). Methods ilc adds to types (delegates'
/// Invoke...Thunk) have no metadata: they read "Owner.Method", without parameters.</summary>
public sealed class MethodSymbolResolver
{
    private const string BoxedPrefix = "<Boxed>";
    private const string UnboxInfix = "__<unbox>";
    private const string UnboxPrefix = "unbox_";

    private readonly MangledTypeParser _parser;

    public MethodSymbolResolver(MangledTypeParser parser) { _parser = parser; }

    /// <summary>The readable name of the method 'symbol' is the body of, or null if it names no
    /// method of the input assemblies (ilc's helpers, exports' aliases, unknown spellings).</summary>
    public string Resolve(string symbol)
    {
        bool unboxing = symbol.StartsWith(BoxedPrefix, StringComparison.Ordinal);
        int position = unboxing ? BoxedPrefix.Length
            : symbol.StartsWith(UnboxPrefix, StringComparison.Ordinal) ? UnboxPrefix.Length : 0;
        if (_parser.Parse(symbol, ref position) is not DefinitionType owner) return null;
        string separator = unboxing ? UnboxInfix + owner.Definition.MangledName + "__" : "__";
        if (!Skip(symbol, ref position, separator)) return null;

        int open = symbol.IndexOf('<', position);
        string methodName = open < 0 ? symbol[position..] : symbol[position..open];
        if (!owner.Definition.MethodsByMangledName.TryGetValue(methodName, out MethodDefinitionHandle handle))
            return open < 0 && IsIdentifier(methodName) ? DisplayNames.Of(owner, qualified: true) + "." + methodName : null;
        List<MangledType> methodArguments = new();
        if (open >= 0)
        {
            int afterOpen = open + 1;
            methodArguments = _parser.ParseArguments(symbol, ref afterOpen);
            if (methodArguments == null || afterOpen != symbol.Length) return null;
        }
        return Format(owner, handle, methodArguments);
    }

    private static string Format(DefinitionType owner, MethodDefinitionHandle handle, List<MangledType> methodArguments)
    {
        MetadataReader reader = owner.Definition.Reader;
        MethodDefinition method = reader.GetMethodDefinition(handle);
        IReadOnlyList<string> methodParameters = IlType.ParameterNames(reader, method.GetGenericParameters());
        return DisplayNames.Of(owner, qualified: true) + "." + reader.GetString(method.Name)
            + DisplayNames.Arguments(methodArguments, methodParameters)
            + ParameterTypeNames.Of(reader, method, owner.Definition.GenericParameterNames);
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static bool Skip(string text, ref int position, string expected)
    {
        if (string.CompareOrdinal(text, position, expected, 0, expected.Length) != 0) return false;
        position += expected.Length;
        return true;
    }
}
