using System;
using System.Runtime.CompilerServices;
using Internal.Runtime.CompilerHelpers;

namespace Internal.Runtime
{
    /// <summary>Resolves calls of generic virtual methods (and generic interface methods) through
    /// the image's GVM table, which build/GoOS.ImageTool derives from ilc's symbols and the IL.</summary>
    internal static unsafe class GenericVirtualMethods
    {
        /// <summary>Code for 'methodHandle' on 'target': a code address, or a fat pointer (bit 1
        /// set) 2 bytes into {code, generic dictionary} for shared code. Walks the target's type
        /// and its bases; throws NotSupportedException if the image has no implementation.</summary>
        public static nint Resolve(object target, RuntimeMethodHandle methodHandle)
        {
            if (target == null) ThrowHelpers.ThrowNullReferenceException();
            MethodTable* type = target.m_pEEType;
            for (MethodTable* current = type; current != null; current = current->ParentType)
            {
                ImageTables.GvmEntry* entry = ImageTables.FindGvm(methodHandle.Value, current);
                if (entry == null) continue;
                return entry->Dictionary == 0 ? entry->Code : (nint)(&entry->Code) + FatFunctionPointerOffset;
            }
            ThrowMissingImplementation(type);
            return 0;
        }

        /// <summary>Marks a fat function pointer (NativeAOT's FatFunctionPointerOffset).</summary>
        public const int FatFunctionPointerOffset = 2;

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void ThrowMissingImplementation(MethodTable* type) =>
            throw new NotSupportedException("No implementation of a generic virtual method for type '"
                + RuntimeSymbols.TypeNameOf(type) + "' in this image.");
    }
}

namespace System.Runtime
{
    /// <summary>Entry points ilc calls by name for generic virtual methods.</summary>
    public static class TypeLoaderExports
    {
        /// <summary>Called at every non-devirtualized GVM call site with the receiver and the
        /// called method's handle; returns code or a fat pointer (see GenericVirtualMethods.Resolve).</summary>
        public static IntPtr GVMLookupForSlot(object obj, RuntimeMethodHandle slot) => Internal.Runtime.GenericVirtualMethods.Resolve(obj, slot);
    }
}
