using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace GoOS.ImageTool;

/// <summary>The generic parameter names a signature's !n and !!n refer to.</summary>
public readonly record struct GenericNames(IReadOnlyList<string> Type, IReadOnlyList<string> Method);

/// <summary>Spells the parameter types of a method signature as stack traces show them: simple
/// names ("Int32", "String", "Map&lt;Int32,T&gt;", "Byte*", "Int32&amp;"), generic parameters by name.</summary>
public sealed class ParameterTypeNames : ISignatureTypeProvider<string, GenericNames>
{
    public static readonly ParameterTypeNames Instance = new();

    /// <summary>"(A, B)" for the parameters of 'method', whose owner declares 'typeParameters'.</summary>
    public static string Of(MetadataReader reader, MethodDefinition method, IReadOnlyList<string> typeParameters)
    {
        var context = new GenericNames(typeParameters, IlType.ParameterNames(reader, method.GetGenericParameters()));
        MethodSignature<string> signature = method.DecodeSignature(Instance, context);
        return "(" + string.Join(", ", signature.ParameterTypes) + ")";
    }

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        DisplayNames.WithoutArity(reader.GetString(reader.GetTypeDefinition(handle).Name));

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        DisplayNames.WithoutArity(reader.GetString(reader.GetTypeReference(handle).Name));

    public string GetTypeFromSpecification(MetadataReader reader, GenericNames context, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, context);

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

    public string GetByReferenceType(string elementType) => elementType + "&";

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetPinnedType(string elementType) => elementType;

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
        genericType + "<" + string.Join(",", typeArguments) + ">";

    public string GetGenericTypeParameter(GenericNames context, int index) =>
        index < context.Type.Count ? context.Type[index] : "!" + index;

    public string GetGenericMethodParameter(GenericNames context, int index) =>
        index < context.Method.Count ? context.Method[index] : "!!" + index;

    public string GetFunctionPointerType(MethodSignature<string> signature) =>
        "delegate*<" + string.Join(",", signature.ParameterTypes.Append(signature.ReturnType)) + ">";
}
