using System.Reflection;
using System.Reflection.Metadata;

namespace GoOS.ImageTool;

/// <summary>One way a generic virtual method call resolves: for receivers whose type is
/// ImplementingType (the MethodTable symbol), the handle's method is Code, called with
/// Dictionary as its generic context (null for exact, unshared code).</summary>
public readonly record struct GvmEntry(string MethodHandle, string ImplementingType, string Code, string Dictionary);

/// <summary>A shared-code implementation ilc compiled without the generic dictionary of this
/// instantiation (it expects a run-time type loader to build it): Owner.Method&lt;Arguments&gt;.</summary>
public sealed record MissingDictionary(IlType Owner, MethodDefinitionHandle Method, IReadOnlyList<MangledType> Arguments);

/// <summary>Builds the GVM table from the __RuntimeMethodHandle_* symbols of the object: for each
/// handle and each class in the image that can receive it, the implementation C#'s override and
/// interface rules pick, found among the compiled method bodies.</summary>
public sealed class GvmTable
{
    private readonly TypeCatalog _catalog;
    private readonly MangledTypeParser _parser;
    private readonly HashSet<string> _defined;

    public GvmTable(TypeCatalog catalog, MangledTypeParser parser, IEnumerable<ElfSymbol> symbols)
    {
        _catalog = catalog;
        _parser = parser;
        _defined = symbols.Where(s => s.IsDefined).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
    }

    public List<GvmEntry> Entries { get; } = new();
    public List<MissingDictionary> MissingDictionaries { get; } = new();

    /// <summary>Messages for call sites that would fail at run time; the build must stop if any.</summary>
    public List<string> Errors { get; } = new();

    public void Build()
    {
        List<IlType> classes = _defined
            .Select(IlcMangling.FromMethodTableSymbol).Where(n => n != null)
            .Select(n => TypeNameTable.Parse(n, _parser)).OfType<DefinitionType>()
            .Where(t => t.Arguments.Count == 0 && !t.Definition.IsInterface && !t.Definition.IsValueType)
            .Select(t => t.Definition).Distinct().ToList();
        foreach (string handle in _defined.Where(n => n.StartsWith(IlcMangling.MethodHandlePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            AddHandle(handle, classes);
    }

    private void AddHandle(string handle, List<IlType> classes)
    {
        string text = handle[IlcMangling.MethodHandlePrefix.Length..];
        int position = 0;
        if (_parser.Parse(text, ref position) is not DefinitionType declaring || !Skip(text, ref position, "__"))
        {
            Errors.Add($"{handle}: cannot tell which type declares this method");
            return;
        }
        int open = text.IndexOf('<', position);
        if (open < 0) return;   // not a generic method: ldtoken, never a GVM call site
        string methodName = text[position..open];
        string argumentText = text[(open + 1)..^1];
        int afterOpen = open + 1;
        List<MangledType> arguments = _parser.ParseArguments(text, ref afterOpen);
        if (arguments == null || afterOpen != text.Length)
        {
            Errors.Add($"{handle}: cannot parse the method's type arguments");
            return;
        }
        if (declaring.Arguments.Count != 0)
        {
            Errors.Add($"{handle}: generic virtual methods declared on generic types ({declaring.FullName}) are not supported");
            return;
        }
        IlType declaringType = declaring.Definition;
        if (!declaringType.MethodsByMangledName.TryGetValue(methodName, out MethodDefinitionHandle method))
        {
            Errors.Add($"{handle}: {declaringType.FullName} has no method {methodName}");
            return;
        }
        if ((declaringType.Reader.GetMethodDefinition(method).Attributes & MethodAttributes.Virtual) == 0) return;

        foreach (IlType receiver in classes.Where(c => TypeCatalog.IsAssignableTo(c, declaringType)))
        {
            (IlType owner, MethodDefinitionHandle implementation) = MethodResolution.Resolve(receiver, declaringType, method, _catalog);
            if (owner == null)
            {
                if (!receiver.IsAbstract) Errors.Add($"{handle}: no implementation of {declaringType.FullName}.{declaringType.Name(method)} for {receiver.FullName}");
                continue;
            }
            AddEntry(handle, receiver, owner, implementation, argumentText, arguments);
        }
    }

    private void AddEntry(string handle, IlType receiver, IlType owner, MethodDefinitionHandle implementation, string argumentText, List<MangledType> arguments)
    {
        if (owner.GenericArity != 0)
        {
            Errors.Add($"{handle}: the implementation for {receiver.FullName} is on generic type {owner.FullName}, which is not supported");
            return;
        }
        string receiverSymbol = IlcMangling.MethodTableSymbol(receiver.MangledName, false);
        string method = owner.MangledName + "__" + owner.MangledNameOf(implementation);
        string exact = method + "<" + argumentText + ">";
        if (_defined.Contains(exact))
        {
            Entries.Add(new GvmEntry(handle, receiverSymbol, exact, null));
            return;
        }
        string shared = method + "<" + string.Join("__", arguments.Select(a => a.CanonicalMangled)) + ">";
        string dictionary = IlcMangling.GenericDictionaryPrefix + exact;
        if (!_defined.Contains(shared))
        {
            if (!receiver.IsAbstract) Errors.Add($"{handle}: ilc compiled no body {exact} or {shared} for {receiver.FullName}");
            return;
        }
        if (_defined.Contains(dictionary)) Entries.Add(new GvmEntry(handle, receiverSymbol, shared, dictionary));
        else if (!MissingDictionaries.Any(m => m.Owner == owner && m.Method == implementation && m.Arguments.SequenceEqual(arguments)))
            MissingDictionaries.Add(new MissingDictionary(owner, implementation, arguments));
    }

    private static bool Skip(string text, ref int position, string expected)
    {
        if (string.CompareOrdinal(text, position, expected, 0, expected.Length) != 0) return false;
        position += expected.Length;
        return true;
    }
}
