using System.Reflection;
using System.Reflection.Metadata;

namespace GoOS.ImageTool;

/// <summary>A type definition of one input assembly, with the name ilc mangles it to and its C# full name.</summary>
public sealed class IlType
{
    private Dictionary<string, MethodDefinitionHandle> _methodsByMangledName;

    public IlType(MetadataReader reader, TypeDefinitionHandle handle, string mangledName, string fullName)
    {
        Reader = reader;
        Handle = handle;
        MangledName = mangledName;
        FullName = fullName;
    }

    public MetadataReader Reader { get; }
    public TypeDefinitionHandle Handle { get; }
    public TypeDefinition Definition => Reader.GetTypeDefinition(Handle);

    /// <summary>ilc's name for the type (without the MethodTable's "Boxed_" prefix for value types).</summary>
    public string MangledName { get; }

    /// <summary>Namespace.Name, with '+' before nested types and `n for generic definitions, as .NET's Type.FullName.</summary>
    public string FullName { get; }

    /// <summary>The metadata name without namespace or enclosing types ("List`1", "&lt;&gt;c").</summary>
    public string SimpleName => Reader.GetString(Definition.Name);

    /// <summary>Set by the catalog once all assemblies are loaded.</summary>
    public bool IsValueType { get; internal set; }

    public bool IsInterface => (Definition.Attributes & TypeAttributes.Interface) != 0;
    public bool IsAbstract => (Definition.Attributes & TypeAttributes.Abstract) != 0;
    public int GenericArity => Definition.GetGenericParameters().Count;

    /// <summary>The base class, or null (Object, interfaces, or a base outside the inputs).</summary>
    public IlType BaseType { get; internal set; }

    /// <summary>Interfaces listed on the type itself (not inherited ones).</summary>
    public List<IlType> DeclaredInterfaces { get; } = new();

    /// <summary>The names of the type's generic parameters (a nested type repeats its enclosing types').</summary>
    public IReadOnlyList<string> GenericParameterNames => ParameterNames(Reader, Definition.GetGenericParameters());

    public static IReadOnlyList<string> ParameterNames(MetadataReader reader, GenericParameterHandleCollection parameters) =>
        parameters.Select(p => reader.GetString(reader.GetGenericParameter(p).Name)).ToList();

    public string Name(MethodDefinitionHandle method) => Reader.GetString(Reader.GetMethodDefinition(method).Name);

    /// <summary>ilc's unqualified name of each method: the sanitized name, with _0, _1, ... added
    /// to later methods whose sanitized names repeat, in declaration order.</summary>
    public IReadOnlyDictionary<string, MethodDefinitionHandle> MethodsByMangledName
    {
        get
        {
            if (_methodsByMangledName != null) return _methodsByMangledName;
            var names = new Dictionary<string, MethodDefinitionHandle>(StringComparer.Ordinal);
            foreach (MethodDefinitionHandle method in Definition.GetMethods())
                names.Add(IlcMangling.Disambiguate(IlcMangling.Sanitize(Name(method)), names.ContainsKey), method);
            return _methodsByMangledName = names;
        }
    }

    public string MangledNameOf(MethodDefinitionHandle method) =>
        MethodsByMangledName.First(pair => pair.Value == method).Key;

    public override string ToString() => FullName;
}
