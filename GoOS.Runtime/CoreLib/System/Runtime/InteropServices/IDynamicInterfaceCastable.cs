using Internal.Runtime;

namespace System.Runtime.InteropServices
{
    /// <summary>Required by ILC. GoOS has no COM-style dynamic interfaces: no type implements
    /// this, so the dispatch hook below is never reached.</summary>
    public unsafe interface IDynamicInterfaceCastable
    {
        RuntimeTypeHandle GetInterfaceImplementation(RuntimeTypeHandle interfaceType);
        bool IsInterfaceImplemented(RuntimeTypeHandle interfaceType, bool throwIfNotImplemented);

        internal static nint GetDynamicInterfaceImplementation(IDynamicInterfaceCastable instance, MethodTable* interfaceType, ushort slot)
        {
            throw new InvalidCastException("Dynamic interface casts are not supported.");
        }
    }
}
