using System.Runtime.CompilerServices;

namespace Internal.Runtime
{
    /// <summary>What kind of type a MethodTable describes (ILC's EETypeElementType).</summary>
    internal enum ElementType
    {
        Unknown = 0x00, Void = 0x01, Boolean = 0x02, Char = 0x03, SByte = 0x04, Byte = 0x05,
        Int16 = 0x06, UInt16 = 0x07, Int32 = 0x08, UInt32 = 0x09, Int64 = 0x0A, UInt64 = 0x0B,
        IntPtr = 0x0C, UIntPtr = 0x0D, Single = 0x0E, Double = 0x0F, ValueType = 0x10,
        Nullable = 0x12, Class = 0x14, Interface = 0x15, SystemArray = 0x16, Array = 0x17,
        SzArray = 0x18, ByRef = 0x19, Pointer = 0x1A, FunctionPointer = 0x1B,
    }

    /// <summary>The type descriptor ILC emits for every type (NativeAOT's MethodTable). Offsets
    /// and flag bits must agree with ILC 10 (src/coreclr/tools/Common/Internal/Runtime/MethodTable.cs).</summary>
    public unsafe struct MethodTable
    {
        // Agrees with ILC's layout: offsets 0, 4, 8, 16, 18, 20; vtable from 24.
        internal uint _flags;
        internal uint _baseSize;
        internal MethodTable* _relatedType;
        internal ushort _numVtableSlots;
        internal ushort _numInterfaces;
        internal uint _hashCode;

        internal const uint HasComponentSizeFlag = 0x80000000;
        internal const int VtableOffset = 24;

        /// <summary>Bytes of an instance without array elements or string characters, header included.</summary>
        public uint BaseSize => _baseSize;

        public bool HasComponentSize => (_flags & HasComponentSizeFlag) != 0;

        /// <summary>Bytes per array element or string character; 0 for fixed-size types.</summary>
        public ushort ComponentSize => HasComponentSize ? (ushort)_flags : (ushort)0;

        public MethodTable* RelatedType => _relatedType;

        internal const uint ElementTypeMask = 0x7C000000;
        internal const int ElementTypeShift = 26;

        private ElementType Kind => (ElementType)((_flags & ElementTypeMask) >> ElementTypeShift);

        public bool IsValueType => Kind < ElementType.Class;

        public bool IsInterface => Kind == ElementType.Interface;

        public bool IsArray => Kind == ElementType.Array || Kind == ElementType.SzArray;

        public bool IsSzArray => Kind == ElementType.SzArray;

        /// <summary>The base class; null for System.Object, interfaces and parameterized types.</summary>
        public MethodTable* ParentType => IsInterface || IsArray || Kind >= ElementType.ByRef ? null : _relatedType;

        /// <summary>The interfaces the type implements, flattened (inherited ones included).</summary>
        public MethodTable** InterfaceMap => (MethodTable**)((byte*)Unsafe.AsPointer(ref this) + VtableOffset + _numVtableSlots * sizeof(nint));

        public int InterfaceCount => _numInterfaces;

        public bool ImplementsInterface(MethodTable* interfaceType)
        {
            MethodTable** map = InterfaceMap;
            for (int i = 0; i < _numInterfaces; i++)
                if (map[i] == interfaceType) return true;
            return false;
        }
    }
}
