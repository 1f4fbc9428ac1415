using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace GoOS.ImageTool;

/// <summary>Copies a signature blob from an input assembly into the roots assembly, rewriting
/// its type tokens (the only module-relative parts) into references of the new module.</summary>
internal sealed class SignatureCopier
{
    private readonly GvmRootsAssembly _target;
    private readonly MetadataReader _source;

    public SignatureCopier(GvmRootsAssembly target, MetadataReader source)
    {
        _target = target;
        _source = source;
    }

    public void CopyMethodSignature(BlobReader blob, BlobBuilder output) => CopyMethodSignature(ref blob, output);

    // Header, [generic arity], parameter count, return type, parameter types.
    private void CopyMethodSignature(ref BlobReader blob, BlobBuilder output)
    {
        byte header = blob.ReadByte();
        output.WriteByte(header);
        if ((header & (byte)SignatureAttributes.Generic) != 0) output.WriteCompressedInteger(blob.ReadCompressedInteger());
        int parameters = blob.ReadCompressedInteger();
        output.WriteCompressedInteger(parameters);
        for (int i = 0; i <= parameters; i++) CopyType(ref blob, output);
    }

    private void CopyType(ref BlobReader blob, BlobBuilder output)
    {
        byte code = blob.ReadByte();
        output.WriteByte(code);
        switch ((SignatureTypeCode)code)
        {
            case SignatureTypeCode.Pointer: case SignatureTypeCode.ByReference:
            case SignatureTypeCode.SZArray: case SignatureTypeCode.Pinned:
                CopyType(ref blob, output);
                break;
            case SignatureTypeCode.RequiredModifier: case SignatureTypeCode.OptionalModifier:
                CopyToken(ref blob, output);
                CopyType(ref blob, output);
                break;
            case (SignatureTypeCode)0x11: case (SignatureTypeCode)0x12:   // VALUETYPE, CLASS
                CopyToken(ref blob, output);
                break;
            case SignatureTypeCode.GenericTypeParameter: case SignatureTypeCode.GenericMethodParameter:
                output.WriteCompressedInteger(blob.ReadCompressedInteger());
                break;
            case SignatureTypeCode.GenericTypeInstance:
                CopyType(ref blob, output);
                int count = blob.ReadCompressedInteger();
                output.WriteCompressedInteger(count);
                for (int i = 0; i < count; i++) CopyType(ref blob, output);
                break;
            case SignatureTypeCode.Array:
                CopyType(ref blob, output);
                output.WriteCompressedInteger(blob.ReadCompressedInteger());
                CopyCounted(ref blob, output, signed: false);
                CopyCounted(ref blob, output, signed: true);
                break;
            case SignatureTypeCode.FunctionPointer:
                CopyMethodSignature(ref blob, output);
                break;
        }
    }

    private static void CopyCounted(ref BlobReader blob, BlobBuilder output, bool signed)
    {
        int count = blob.ReadCompressedInteger();
        output.WriteCompressedInteger(count);
        for (int i = 0; i < count; i++)
        {
            if (signed) output.WriteCompressedSignedInteger(blob.ReadCompressedSignedInteger());
            else output.WriteCompressedInteger(blob.ReadCompressedInteger());
        }
    }

    private void CopyToken(ref BlobReader blob, BlobBuilder output)
    {
        EntityHandle handle = blob.ReadTypeHandle();
        EntityHandle translated;
        if (handle.Kind == HandleKind.TypeSpecification)
        {
            var specification = new BlobBuilder();
            BlobReader inner = _source.GetBlobReader(_source.GetTypeSpecification((TypeSpecificationHandle)handle).Signature);
            CopyType(ref inner, specification);
            translated = _target.TypeSpecification(specification);
        }
        else
        {
            IlType type = _target.Catalog.Resolve(_source, handle)
                ?? throw new InvalidDataException("a GVM signature uses a type outside the compiled assemblies");
            translated = _target.TypeReference(type);
        }
        output.WriteCompressedInteger(CodedIndex.TypeDefOrRefOrSpec(translated));
    }
}
