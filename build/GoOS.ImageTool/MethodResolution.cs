using System.Reflection;
using System.Reflection.Metadata;

namespace GoOS.ImageTool;

/// <summary>Which method body a virtual call runs for a receiver type, following C#'s rules as
/// recorded in metadata: overrides (a virtual method of the same name and shape that is not
/// newslot), explicit implementations (MethodImpl), implicit interface implementations, and
/// default interface methods.</summary>
public static class MethodResolution
{
    /// <summary>The owner and body of 'method' (declared on 'declaring') for receivers of type
    /// 'receiver'; (null, default) if none (abstract, or not implemented).</summary>
    public static (IlType Owner, MethodDefinitionHandle Method) Resolve(IlType receiver, IlType declaring, MethodDefinitionHandle method, TypeCatalog catalog)
    {
        return declaring.IsInterface
            ? ResolveInterfaceMethod(receiver, declaring, method, catalog)
            : ResolveClassMethod(receiver, declaring, method, catalog);
    }

    // Walks from the declaring class down to the receiver, keeping the method that fills the slot.
    private static (IlType, MethodDefinitionHandle) ResolveClassMethod(IlType receiver, IlType declaring, MethodDefinitionHandle method, TypeCatalog catalog)
    {
        var path = new List<IlType>();
        for (IlType type = receiver; type != declaring; type = type.BaseType)
        {
            if (type == null) return (null, default);
            path.Add(type);
        }
        (IlType Owner, MethodDefinitionHandle Method) current = (declaring, method);
        for (int i = path.Count - 1; i >= 0; i--)
        {
            IlType type = path[i];
            MethodDefinitionHandle explicitBody = ExplicitImplementation(type, current.Owner, current.Method, catalog);
            if (!explicitBody.IsNil) { current = (type, explicitBody); continue; }
            foreach (MethodDefinitionHandle candidate in type.Definition.GetMethods())
            {
                MethodAttributes attributes = type.Reader.GetMethodDefinition(candidate).Attributes;
                if ((attributes & MethodAttributes.Virtual) == 0 || (attributes & MethodAttributes.NewSlot) != 0) continue;
                if (SameShape(type, candidate, current.Owner, current.Method)) { current = (type, candidate); break; }
            }
        }
        return IsAbstract(current.Owner, current.Method) ? (null, default) : current;
    }

    // The most derived explicit implementation, else the most derived public virtual method of the
    // same shape, else the interface's default body.
    private static (IlType, MethodDefinitionHandle) ResolveInterfaceMethod(IlType receiver, IlType declaring, MethodDefinitionHandle method, TypeCatalog catalog)
    {
        for (IlType type = receiver; type != null; type = type.BaseType)
        {
            MethodDefinitionHandle explicitBody = ExplicitImplementation(type, declaring, method, catalog);
            if (!explicitBody.IsNil) return (type, explicitBody);
        }
        for (IlType type = receiver; type != null; type = type.BaseType)
        {
            foreach (MethodDefinitionHandle candidate in type.Definition.GetMethods())
            {
                MethodAttributes attributes = type.Reader.GetMethodDefinition(candidate).Attributes;
                bool publicVirtual = (attributes & MethodAttributes.Virtual) != 0 && (attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public;
                if (publicVirtual && SameShape(type, candidate, declaring, method))
                    return IsAbstract(type, candidate) ? (null, default) : (type, candidate);
            }
        }
        return IsAbstract(declaring, method) ? (null, default) : (declaring, method);
    }

    // The body of 'type' that a MethodImpl row binds to 'method' of 'declaring', or nil.
    private static MethodDefinitionHandle ExplicitImplementation(IlType type, IlType declaring, MethodDefinitionHandle method, TypeCatalog catalog)
    {
        MetadataReader reader = type.Reader;
        foreach (MethodImplementationHandle handle in type.Definition.GetMethodImplementations())
        {
            MethodImplementation implementation = reader.GetMethodImplementation(handle);
            if (!Names(reader, implementation.MethodDeclaration, declaring, method, catalog)) continue;
            if (implementation.MethodBody.Kind == HandleKind.MethodDefinition) return (MethodDefinitionHandle)implementation.MethodBody;
        }
        return default;
    }

    // Whether a MethodDef or MemberRef in 'reader' refers to 'method' of 'declaring'.
    private static bool Names(MetadataReader reader, EntityHandle reference, IlType declaring, MethodDefinitionHandle method, TypeCatalog catalog)
    {
        if (reference.Kind == HandleKind.MethodDefinition)
            return reader == declaring.Reader && (MethodDefinitionHandle)reference == method;
        if (reference.Kind != HandleKind.MemberReference) return false;
        MemberReference member = reader.GetMemberReference((MemberReferenceHandle)reference);
        return catalog.Resolve(reader, member.Parent) == declaring
            && reader.GetString(member.Name) == declaring.Name(method)
            && GenericArity(reader, member.Signature) == declaring.Reader.GetMethodDefinition(method).GetGenericParameters().Count;
    }

    // Same name, generic arity and parameter count: how C# overloads differ in practice (full
    // signature comparison would need both modules' type references resolved).
    private static bool SameShape(IlType type, MethodDefinitionHandle candidate, IlType owner, MethodDefinitionHandle method)
    {
        MethodDefinition a = type.Reader.GetMethodDefinition(candidate);
        MethodDefinition b = owner.Reader.GetMethodDefinition(method);
        return type.Reader.GetString(a.Name) == owner.Reader.GetString(b.Name)
            && a.GetGenericParameters().Count == b.GetGenericParameters().Count
            && ParameterCount(type.Reader, a.Signature) == ParameterCount(owner.Reader, b.Signature);
    }

    private static bool IsAbstract(IlType owner, MethodDefinitionHandle method) =>
        (owner.Reader.GetMethodDefinition(method).Attributes & MethodAttributes.Abstract) != 0;

    private static int GenericArity(MetadataReader reader, BlobHandle signature)
    {
        BlobReader blob = reader.GetBlobReader(signature);
        SignatureHeader header = blob.ReadSignatureHeader();
        return header.IsGeneric ? blob.ReadCompressedInteger() : 0;
    }

    private static int ParameterCount(MetadataReader reader, BlobHandle signature)
    {
        BlobReader blob = reader.GetBlobReader(signature);
        if (blob.ReadSignatureHeader().IsGeneric) blob.ReadCompressedInteger();
        return blob.ReadCompressedInteger();
    }
}
