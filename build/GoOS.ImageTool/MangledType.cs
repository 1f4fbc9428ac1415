namespace GoOS.ImageTool;

/// <summary>A type as ilc spells it in symbol names: a definition with type arguments
/// ("Def&lt;A__B&gt;"), an array ("__Array&lt;T&gt;", "__MDArray&lt;T,rank&gt;"), a pointer or
/// byref ("T&lt;Pointer&gt;", "T&lt;ByRef&gt;"), or the shared-code placeholder System___Canon.</summary>
public abstract record MangledType
{
    public abstract bool IsReferenceType { get; }

    /// <summary>.NET's Type.FullName, with instantiations as Name`1[[Arg]] (arguments not assembly-qualified).</summary>
    public abstract string FullName { get; }

    /// <summary>ilc's spelling.</summary>
    public abstract string Mangled { get; }

    /// <summary>The spelling of this type as an argument of shared code: reference types become
    /// System___Canon, value types keep their name with their own arguments made canonical.</summary>
    public abstract string CanonicalMangled { get; }
}

public sealed record DefinitionType(IlType Definition, IReadOnlyList<MangledType> Arguments) : MangledType
{
    public override bool IsReferenceType => !Definition.IsValueType;

    public override string FullName => Arguments.Count == 0
        ? Definition.FullName
        : Definition.FullName + "[" + string.Join(",", Arguments.Select(a => "[" + a.FullName + "]")) + "]";

    public override string Mangled => Arguments.Count == 0
        ? Definition.MangledName
        : Definition.MangledName + "<" + string.Join("__", Arguments.Select(a => a.Mangled)) + ">";

    public override string CanonicalMangled => IsReferenceType ? IlcMangling.CanonName
        : Arguments.Count == 0 ? Mangled
        : Definition.MangledName + "<" + string.Join("__", Arguments.Select(a => a.CanonicalMangled)) + ">";
}

public sealed record ArrayType(MangledType Element, int Rank) : MangledType
{
    public override bool IsReferenceType => true;
    public override string FullName => Element.FullName + (Rank == 0 ? "[]" : "[" + new string(',', Rank - 1) + "]");
    public override string Mangled => Rank == 0 ? "__Array<" + Element.Mangled + ">" : "__MDArray<" + Element.Mangled + "," + Rank + ">";
    public override string CanonicalMangled => IlcMangling.CanonName;
}

public sealed record ParameterizedType(MangledType Element, string Kind) : MangledType
{
    public override bool IsReferenceType => false;
    public override string FullName => Element.FullName + (Kind == "Pointer" ? "*" : "&");
    public override string Mangled => Element.Mangled + "<" + Kind + ">";
    public override string CanonicalMangled => Mangled;
}

public sealed record CanonType : MangledType
{
    public override bool IsReferenceType => true;
    public override string FullName => "System.__Canon";
    public override string Mangled => IlcMangling.CanonName;
    public override string CanonicalMangled => IlcMangling.CanonName;
}
