using System;
using System.Runtime;
using Internal.Runtime.CompilerHelpers;

namespace Internal.Runtime
{
    /// <summary>Resolves interface calls for RhpInitialDynamicInterfaceDispatch. A dispatch cell
    /// is two words {stub, interface}: the second holds a relative pointer to the interface's
    /// MethodTable tagged with 3 in its low bits; the cells of a group end with {0, slot number}.
    /// The implementation is found in the dispatch maps of the object's type and its bases.</summary>
    internal static unsafe class InterfaceDispatch
    {
        private const ulong RelativeInterfaceTag = 3;

        [RuntimeExport("goos_resolve_interface_call")]
        private static nint Resolve(object target, nint* cell) => ResolveCell(target, cell);

        /// <summary>The code an interface call through 'cell' on 'target' runs (or a thrower).</summary>
        internal static nint ResolveCell(object target, nint* cell)
        {
            MethodTable* interfaceType = InterfaceOf(cell);
            ushort slot = SlotOf(cell);
            nint code = FindImplementation(target.m_pEEType, interfaceType, slot);
            if (code == 0) return (nint)(delegate*<void>)&ThrowMissingImplementation;
            return code;
        }

        /// <summary>Reached instead of an implementation that does not exist (a type loaded
        /// against another version of the interface); the caller's frame is the thrower's parent.</summary>
        private static void ThrowMissingImplementation()
        {
            throw new NotSupportedException("The object's type does not implement the interface method called.");
        }

        [RuntimeExport("goos_throw_null_reference")]
        private static void ThrowNullReference() => ThrowHelpers.ThrowNullReferenceException();

        private static MethodTable* InterfaceOf(nint* cell)
        {
            ulong tagged = (ulong)cell[1];
            if ((tagged & 3) != RelativeInterfaceTag) RuntimeServices.FailFast("unsupported interface dispatch cell");
            return (MethodTable*)((byte*)&cell[1] + (int)(tagged & ~3UL));
        }

        private static ushort SlotOf(nint* cell)
        {
            while (cell[0] != 0) cell += 2;
            return (ushort)cell[1];
        }

        /// <summary>The code implementing interface method 'slot' of interfaceType for objects of
        /// type, or 0. Looks at the type's own dispatch map, then its bases'; default interface
        /// methods come from the same maps.</summary>
        internal static nint FindImplementation(MethodTable* type, MethodTable* interfaceType, ushort slot)
        {
            for (MethodTable* current = type; current != null; current = current->ParentType)
            {
                int interfaceIndex = current->InterfaceIndexOf(interfaceType);
                if (interfaceIndex < 0) continue;
                ushort* map = current->DispatchMap;
                if (map == null) continue;
                int implementation = FindImplementationSlot(map, interfaceIndex, slot);
                if (implementation < 0) continue;
                // A true virtual slot is read from the object's own vtable (a derived type may
                // override it); past the vtable it is a sealed slot of the type owning the map.
                if (implementation < current->VtableSlotCount) return type->VtableSlot(implementation);
                return current->SealedSlot(implementation - current->VtableSlotCount);
            }
            return 0;
        }

        // Dispatch map: counts of standard, default, standard-static and default-static entries
        // (ushort each), then the instance entries {interface index, interface slot, implementation
        // slot}: the standard ones first, then those of default interface methods. Returns the
        // implementation slot, or -1 (also for the reabstraction and diamond markers).
        private static int FindImplementationSlot(ushort* map, int interfaceIndex, ushort slot)
        {
            int instanceEntries = map[0] + map[1];
            ushort* entry = map + 4;
            for (int i = 0; i < instanceEntries; i++, entry += 3)
            {
                if (entry[0] != interfaceIndex || entry[1] != slot) continue;
                return entry[2] >= 0xFFFE ? -1 : entry[2];
            }
            return -1;
        }
    }
}
