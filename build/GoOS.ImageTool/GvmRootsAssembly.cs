using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace GoOS.ImageTool;

/// <summary>Writes GoOS.GvmRoots.dll: one exported method that takes the address (ldftn) of each exact
/// instantiation whose generic dictionary ilc did not emit. Compiled as an extra ilc input, it
/// makes ilc emit those dictionaries (__GenericDict_*), which a run-time type loader would
/// otherwise have to build.</summary>
public sealed class GvmRootsAssembly
{
    public const string AssemblyName = "GoOS.GvmRoots";
    public const string EntryPoint = "goos_gvm_roots";

    private readonly MetadataBuilder _metadata = new();
    private readonly TypeCatalog _catalog;
    private readonly string _systemModule;
    private readonly Dictionary<MetadataReader, AssemblyReferenceHandle> _assemblies = new();
    private readonly Dictionary<IlType, TypeReferenceHandle> _types = new();

    private GvmRootsAssembly(TypeCatalog catalog, string systemModule)
    {
        _catalog = catalog;
        _systemModule = systemModule;
    }

    public static byte[] Write(IEnumerable<MissingDictionary> roots, TypeCatalog catalog, string systemModule) =>
        new GvmRootsAssembly(catalog, systemModule).Build(roots);

    private byte[] Build(IEnumerable<MissingDictionary> roots)
    {
        _metadata.AddModule(0, _metadata.GetOrAddString(AssemblyName + ".dll"), _metadata.GetOrAddGuid(Guid.NewGuid()), default, default);
        _metadata.AddAssembly(_metadata.GetOrAddString(AssemblyName), new Version(1, 0, 0, 0), default, default, 0, AssemblyHashAlgorithm.None);

        // The sum of the function pointers is returned so that the JIT cannot drop them.
        var code = new InstructionEncoder(new BlobBuilder());
        code.LoadConstantI4(0);
        code.OpCode(ILOpCode.Conv_i);
        foreach (MissingDictionary root in roots)
        {
            code.OpCode(ILOpCode.Ldftn);
            code.Token(MethodInstantiation(root));
            code.OpCode(ILOpCode.Add);
        }
        code.OpCode(ILOpCode.Ret);

        var bodies = new MethodBodyStreamEncoder(new BlobBuilder());
        int body = bodies.AddMethodBody(code);
        var signature = new BlobBuilder();
        new BlobEncoder(signature).MethodSignature().Parameters(0, r => r.Type().IntPtr(), p => { });

        IlType objectType = _catalog.ByFullName("System.Object");
        _metadata.AddTypeDefinition(default, default, _metadata.GetOrAddString("<Module>"), default, MetadataTokens.FieldDefinitionHandle(1), MetadataTokens.MethodDefinitionHandle(1));
        _metadata.AddTypeDefinition(TypeAttributes.Public | TypeAttributes.Class,
            _metadata.GetOrAddString(AssemblyName), _metadata.GetOrAddString("Roots"), TypeReference(objectType),
            MetadataTokens.FieldDefinitionHandle(1), MetadataTokens.MethodDefinitionHandle(1));
        MethodDefinitionHandle rootMethod = _metadata.AddMethodDefinition(MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig,
            MethodImplAttributes.IL, _metadata.GetOrAddString("Root"), _metadata.GetOrAddBlob(signature), body, default);
        ExportAs(rootMethod, EntryPoint);

        var image = new BlobBuilder();
        new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(_metadata), bodies.Builder)
            .Serialize(image);
        return image.ToArray();
    }

    // [UnmanagedCallersOnly(EntryPoint = name)]: ilc compiles the exports of its inputs (and so
    // everything they reference) when it builds a native library.
    private void ExportAs(MethodDefinitionHandle method, string name)
    {
        IlType attribute = _catalog.ByFullName("System.Runtime.InteropServices.UnmanagedCallersOnlyAttribute")
            ?? throw new InvalidDataException("the core library has no UnmanagedCallersOnlyAttribute");
        var constructorSignature = new BlobBuilder();
        new BlobEncoder(constructorSignature).MethodSignature(isInstanceMethod: true).Parameters(0, r => r.Void(), p => { });
        MemberReferenceHandle constructor = _metadata.AddMemberReference(TypeReference(attribute), _metadata.GetOrAddString(".ctor"), _metadata.GetOrAddBlob(constructorSignature));
        var value = new BlobBuilder();
        value.WriteUInt16(1);                                  // prolog
        value.WriteUInt16(1);                                  // no fixed arguments, one named one:
        value.WriteByte((byte)CustomAttributeNamedArgumentKind.Field);
        value.WriteByte((byte)SerializationTypeCode.String);
        value.WriteSerializedString("EntryPoint");
        value.WriteSerializedString(name);
        _metadata.AddCustomAttribute(method, constructor, _metadata.GetOrAddBlob(value));
    }

    private MethodSpecificationHandle MethodInstantiation(MissingDictionary root)
    {
        MethodDefinition method = root.Owner.Reader.GetMethodDefinition(root.Method);
        var signature = new BlobBuilder();
        new SignatureCopier(this, root.Owner.Reader).CopyMethodSignature(root.Owner.Reader.GetBlobReader(method.Signature), signature);
        MemberReferenceHandle member = _metadata.AddMemberReference(TypeReference(root.Owner),
            _metadata.GetOrAddString(root.Owner.Reader.GetString(method.Name)), _metadata.GetOrAddBlob(signature));

        var instantiation = new BlobBuilder();
        GenericTypeArgumentsEncoder arguments = new BlobEncoder(instantiation).MethodSpecificationSignature(root.Arguments.Count);
        foreach (MangledType argument in root.Arguments) Encode(arguments.AddArgument(), argument);
        return _metadata.AddMethodSpecification(member, _metadata.GetOrAddBlob(instantiation));
    }

    private void Encode(SignatureTypeEncoder encoder, MangledType type)
    {
        switch (type)
        {
            case ArrayType { Rank: 0 } array: Encode(encoder.SZArray(), array.Element); break;
            case ArrayType array:
                encoder.Array(out SignatureTypeEncoder element, out ArrayShapeEncoder shape);
                Encode(element, array.Element);
                shape.Shape(array.Rank, default, default);
                break;
            case ParameterizedType { Kind: "Pointer" } pointer: Encode(encoder.Pointer(), pointer.Element); break;
            case ParameterizedType byReference:
                encoder.Builder.WriteByte((byte)SignatureTypeCode.ByReference);
                Encode(encoder, byReference.Element);
                break;
            case DefinitionType { Arguments.Count: 0 } definition:
                encoder.Type(TypeReference(definition.Definition), definition.Definition.IsValueType);
                break;
            case DefinitionType generic:
                GenericTypeArgumentsEncoder arguments = encoder.GenericInstantiation(TypeReference(generic.Definition), generic.Arguments.Count, generic.Definition.IsValueType);
                foreach (MangledType argument in generic.Arguments) Encode(arguments.AddArgument(), argument);
                break;
            default:
                throw new InvalidDataException($"cannot name type {type.FullName} in IL");
        }
    }

    internal EntityHandle TypeReference(IlType type)
    {
        if (_types.TryGetValue(type, out TypeReferenceHandle handle)) return handle;
        TypeDefinition definition = type.Definition;
        EntityHandle scope = definition.IsNested
            ? TypeReference(_catalog.Resolve(type.Reader, definition.GetDeclaringType()))
            : AssemblyReference(type.Reader);
        handle = _metadata.AddTypeReference(scope,
            definition.IsNested ? default : _metadata.GetOrAddString(type.Reader.GetString(definition.Namespace)),
            _metadata.GetOrAddString(type.Reader.GetString(definition.Name)));
        return _types[type] = handle;
    }

    internal EntityHandle TypeSpecification(BlobBuilder signature) => _metadata.AddTypeSpecification(_metadata.GetOrAddBlob(signature));

    internal TypeCatalog Catalog => _catalog;

    private AssemblyReferenceHandle AssemblyReference(MetadataReader reader)
    {
        if (_assemblies.TryGetValue(reader, out AssemblyReferenceHandle handle)) return handle;
        AssemblyDefinition assembly = reader.GetAssemblyDefinition();
        handle = _metadata.AddAssemblyReference(_metadata.GetOrAddString(reader.GetString(assembly.Name)), assembly.Version, default, default, 0, default);
        return _assemblies[reader] = handle;
    }
}
