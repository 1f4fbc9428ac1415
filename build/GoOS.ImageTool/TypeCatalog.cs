using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace GoOS.ImageTool;

/// <summary>Every type definition of the assemblies ilc compiled, by ilc's mangled name and by
/// full name, with base types and interfaces resolved across assemblies.</summary>
public sealed class TypeCatalog : IDisposable
{
    private readonly List<PEReader> _files = new();
    private readonly Dictionary<string, IlType> _byMangledName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IlType> _byFullName = new(StringComparer.Ordinal);
    private readonly Dictionary<(MetadataReader, TypeDefinitionHandle), IlType> _byHandle = new();

    /// <summary>Loads the assemblies; systemModule is the simple name of the core library (ilc's --systemmodule).</summary>
    public TypeCatalog(IEnumerable<string> assemblyPaths, string systemModule)
    {
        foreach (string path in assemblyPaths)
        {
            var file = new PEReader(File.OpenRead(path));
            _files.Add(file);
            MetadataReader reader = file.GetMetadataReader();
            string assembly = reader.GetString(reader.GetAssemblyDefinition().Name);
            AddAssembly(reader, assembly, assembly == systemModule);
        }
        foreach (IlType type in _byHandle.Values) ResolveRelations(type);
    }

    public IlType ByMangledName(string name) => _byMangledName.GetValueOrDefault(name);

    public bool IsMangledName(string name) => _byMangledName.ContainsKey(name) || name == IlcMangling.CanonName;

    public IlType ByFullName(string name) => _byFullName.GetValueOrDefault(name);

    // Mangled names are assigned in metadata order, so that repeats get the same _0, _1 suffixes ilc gives them.
    private void AddAssembly(MetadataReader reader, string assembly, bool isSystemModule)
    {
        string prefix = IlcMangling.Sanitize(assembly.StartsWith("System.Private.", StringComparison.Ordinal) ? "S.P." + assembly[15..] : assembly);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
        {
            string fullName = FullNameOf(reader, handle);
            string mangled = prefix + "_" + MangledPath(reader, handle);
            if (isSystemModule && IlcMangling.WellKnownShortNames.TryGetValue(fullName, out string shortName)) mangled = shortName;
            mangled = IlcMangling.Disambiguate(mangled, taken.Contains);
            taken.Add(mangled);
            var type = new IlType(reader, handle, mangled, fullName);
            _byHandle.Add((reader, handle), type);
            _byMangledName.TryAdd(mangled, type);
            _byFullName.TryAdd(fullName, type);
        }
    }

    private static string MangledPath(MetadataReader reader, TypeDefinitionHandle handle)
    {
        TypeDefinition definition = reader.GetTypeDefinition(handle);
        string name = IlcMangling.Sanitize(reader.GetString(definition.Name));
        if (definition.IsNested) return MangledPath(reader, definition.GetDeclaringType()) + "_" + name;
        string ns = reader.GetString(definition.Namespace);
        return ns.Length > 0 ? IlcMangling.Sanitize(ns) + "_" + name : name;
    }

    private static string FullNameOf(MetadataReader reader, TypeDefinitionHandle handle)
    {
        TypeDefinition definition = reader.GetTypeDefinition(handle);
        string name = reader.GetString(definition.Name);
        if (definition.IsNested) return FullNameOf(reader, definition.GetDeclaringType()) + "+" + name;
        string ns = reader.GetString(definition.Namespace);
        return ns.Length > 0 ? ns + "." + name : name;
    }

    private void ResolveRelations(IlType type)
    {
        TypeDefinition definition = type.Definition;
        type.BaseType = Resolve(type.Reader, definition.BaseType);
        string baseName = type.BaseType?.FullName;
        type.IsValueType = (baseName == "System.ValueType" || baseName == "System.Enum") && type.FullName != "System.Enum";
        foreach (InterfaceImplementationHandle handle in definition.GetInterfaceImplementations())
        {
            IlType implemented = Resolve(type.Reader, type.Reader.GetInterfaceImplementation(handle).Interface);
            if (implemented != null) type.DeclaredInterfaces.Add(implemented);
        }
    }

    /// <summary>The definition a TypeDef, TypeRef or (generic) TypeSpec handle names, or null.</summary>
    public IlType Resolve(MetadataReader reader, EntityHandle handle)
    {
        if (handle.IsNil) return null;
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                return _byHandle.GetValueOrDefault((reader, (TypeDefinitionHandle)handle));
            case HandleKind.TypeReference:
                return ByFullName(ReferenceFullName(reader, (TypeReferenceHandle)handle));
            case HandleKind.TypeSpecification:
                BlobReader blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)handle).Signature);
                if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance) return null;
                blob.ReadSignatureTypeCode();
                return Resolve(reader, blob.ReadTypeHandle());
            default:
                return null;
        }
    }

    private static string ReferenceFullName(MetadataReader reader, TypeReferenceHandle handle)
    {
        TypeReference reference = reader.GetTypeReference(handle);
        string name = reader.GetString(reference.Name);
        if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
            return ReferenceFullName(reader, (TypeReferenceHandle)reference.ResolutionScope) + "+" + name;
        string ns = reader.GetString(reference.Namespace);
        return ns.Length > 0 ? ns + "." + name : name;
    }

    /// <summary>True if 'type' is 'target', derives from it, or implements it (interfaces inherited through bases and other interfaces).</summary>
    public static bool IsAssignableTo(IlType type, IlType target)
    {
        for (IlType current = type; current != null; current = current.BaseType)
            if (current == target || ImplementsThrough(current, target)) return true;
        return false;
    }

    private static bool ImplementsThrough(IlType type, IlType target)
    {
        foreach (IlType implemented in type.DeclaredInterfaces)
            if (implemented == target || ImplementsThrough(implemented, target)) return true;
        return false;
    }

    public void Dispose()
    {
        foreach (PEReader file in _files) file.Dispose();
    }
}
