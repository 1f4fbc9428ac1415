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

        /// <summary>Bytes of a primitive or enum value (from its element type); 0 for other types.</summary>
        public int ValueSize
        {
            get
            {
                switch (Kind)
                {
                    case ElementType.Boolean: case ElementType.SByte: case ElementType.Byte: return 1;
                    case ElementType.Char: case ElementType.Int16: case ElementType.UInt16: return 2;
                    case ElementType.Int32: case ElementType.UInt32: case ElementType.Single: return 4;
                    case ElementType.Int64: case ElementType.UInt64: case ElementType.Double:
                    case ElementType.IntPtr: case ElementType.UIntPtr: return 8;
                    default: return 0;
                }
            }
        }

        // ILC 10's "extended flags" in the low 16 bits of _flags (types without a component size).
        private const uint ValueTypeFieldPaddingMask = 0xE0;
        private const int ValueTypeFieldPaddingShift = 5;
        private const uint NullableValueOffsetMask = 0x700;
        private const int NullableValueOffsetShift = 8;
        private const uint HasDispatchMapFlag = 0x00040000;
        private const uint HasFinalizerFlag = 0x00100000;
        private const uint HasSealedVTableEntriesFlag = 0x00400000;
        private const uint IsGenericFlag = 0x02000000;

        /// <summary>Bytes of the fields of a value type (unboxed, without padding).</summary>
        public uint ValueTypeSize => _baseSize - 2 * (uint)sizeof(nint) - ((_flags & ValueTypeFieldPaddingMask) >> ValueTypeFieldPaddingShift);

        /// <summary>Primitives and enums carry the primitive element type (an enum its underlying type's).</summary>
        public bool IsPrimitiveOrEnum => Kind >= ElementType.Boolean && Kind <= ElementType.Double;

        internal ElementType PrimitiveKind => Kind;

        private const uint HasPointersFlag = 0x01000000;

        /// <summary>Whether instances hold object references (the type then has a GC descriptor).</summary>
        public bool HasPointers => (_flags & HasPointersFlag) != 0;

        public bool HasFinalizer => (_flags & HasFinalizerFlag) != 0;

        /// <summary>ILC's hash of the type's name: the same for the same type in every program.</summary>
        public uint NameHash => _hashCode;

        /// <summary>Whether the 8-byte slot at 'offset' (from the object pointer) of an instance
        /// holds a reference, from the GC descriptor ILC writes just before the MethodTable: a count
        /// of series, then series of {size - BaseSize, start offset}, stored downward.</summary>
        public bool IsReferenceSlot(int offset)
        {
            if (!HasPointers) return false;
            nint* descriptor = (nint*)Unsafe.AsPointer(ref this) - 1;
            nint seriesCount = *descriptor;
            for (nint i = 0; i < seriesCount; i++)
            {
                nint size = descriptor[-2 * i - 2] + (nint)_baseSize;
                nint start = descriptor[-2 * i - 1];
                if (offset >= start && offset < start + size) return true;
            }
            return false;
        }

        public bool IsNullable => Kind == ElementType.Nullable;

        /// <summary>Offset of Nullable&lt;T&gt;.value (after the hasValue flag, aligned for T).</summary>
        public int NullableValueOffset => 1 << (int)((_flags & NullableValueOffsetMask) >> NullableValueOffsetShift);

        // The relative-pointer fields ILC writes after the interface map, in this order:
        // type manager, writable data, [dispatch map], [finalizer], [sealed vtable],
        // [generic definition, generic composition].
        private byte* FieldsAfterInterfaceMap => (byte*)InterfaceMap + _numInterfaces * sizeof(nint);

        private static byte* FollowRelative(byte* field) => field + *(int*)field;

        /// <summary>The dispatch map (interface method to vtable slot), or null.</summary>
        public ushort* DispatchMap => (_flags & HasDispatchMapFlag) == 0 ? null : (ushort*)FollowRelative(FieldsAfterInterfaceMap + 8);

        private int* SealedVTable
        {
            get
            {
                byte* position = FieldsAfterInterfaceMap + 8;
                if ((_flags & HasDispatchMapFlag) != 0) position += 4;
                if ((_flags & HasFinalizerFlag) != 0) position += 4;
                return (int*)FollowRelative(position);
            }
        }

        /// <summary>Code in the vtable at 'slot' (slot &lt; NumVtableSlots).</summary>
        public nint VtableSlot(int slot) => ((nint*)((byte*)Unsafe.AsPointer(ref this) + VtableOffset))[slot];

        public int VtableSlotCount => _numVtableSlots;

        /// <summary>Code of sealed slot 'index' (slots past the vtable hold methods no derived type
        /// overrides, as relative pointers), or 0 if the type has none.</summary>
        public nint SealedSlot(int index)
        {
            if ((_flags & HasSealedVTableEntriesFlag) == 0) return 0;
            return (nint)FollowRelative((byte*)(SealedVTable + index));
        }

        public bool IsSystemArray => Kind == ElementType.SystemArray;

        /// <summary>System.Object: the only class without a base type.</summary>
        public bool IsObjectType => Kind == ElementType.Class && _relatedType == null;

        /// <summary>Position of interfaceType in this type's interface map, or -1.</summary>
        public int InterfaceIndexOf(MethodTable* interfaceType)
        {
            MethodTable** map = InterfaceMap;
            for (int i = 0; i < _numInterfaces; i++)
                if (map[i] == interfaceType) return i;
            return -1;
        }

        /// <summary>T of a Nullable&lt;T&gt;: its only generic argument.</summary>
        public MethodTable* NullableUnderlyingType => GenericArgument(0);

        /// <summary>The definition of a generic instantiation (List&lt;&gt; for List&lt;int&gt;).</summary>
        public MethodTable* GenericDefinition => (MethodTable*)FollowRelative(GenericFields);

        /// <summary>Number of type parameters of a generic instantiation (kept in the definition's BaseSize).</summary>
        public int GenericArity => (int)GenericDefinition->_baseSize;

        /// <summary>The i-th type argument of a generic instantiation: with one argument the field
        /// points at it directly, otherwise at an array of relative pointers.</summary>
        public MethodTable* GenericArgument(int index)
        {
            byte* arguments = GenericFields + 4;
            if (GenericArity == 1) return (MethodTable*)FollowRelative(arguments);
            return (MethodTable*)FollowRelative(FollowRelative(arguments) + 4 * index);
        }

        // The generic definition field; the arguments field follows it.
        private byte* GenericFields
        {
            get
            {
                byte* position = FieldsAfterInterfaceMap + 8;       // past type manager and writable data
                if ((_flags & HasDispatchMapFlag) != 0) position += 4;
                if ((_flags & HasFinalizerFlag) != 0) position += 4;
                if ((_flags & HasSealedVTableEntriesFlag) != 0) position += 4;
                return position;
            }
        }

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
