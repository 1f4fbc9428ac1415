using System;
using Internal.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime.CompilerHelpers;

namespace System.Runtime
{
    /// <summary>Boxing helpers ILC calls by name: box a value of a given type, and get at the
    /// value inside a box after checking its type.</summary>
    internal static unsafe class RuntimeExports
    {
        /// <summary>A new box of 'type' holding a copy of the value at data (null for an empty Nullable).</summary>
        public static object RhBox(MethodTable* type, ref byte data)
        {
            if (type->IsNullable)
            {
                if (data == 0) return null;
                MethodTable* underlying = type->NullableUnderlyingType;
                return RhBox(underlying, ref Unsafe.Add(ref data, type->NullableValueOffset));
            }
            object box = Allocator.NewObject(type);
            byte* destination = (byte*)RuntimeServices.AddressOf(box) + sizeof(nint);
            Memory.Move(destination, (byte*)Unsafe.AsPointer(ref data), type->ValueTypeSize);
            return box;
        }

        /// <summary>A reference to the value inside obj, which must be a box of exactly 'type'
        /// (or of an enum with the same underlying type).</summary>
        public static ref byte RhUnbox2(MethodTable* type, object obj)
        {
            if (obj == null) ThrowHelpers.ThrowNullReferenceException();
            if (obj.m_pEEType != type && !TypeCast.AreUnboxCompatible(obj.m_pEEType, type)) ThrowHelpers.ThrowInvalidCastException();
            return ref obj.GetRawData();
        }

        /// <summary>Throws InvalidCastException unless a box of boxType may be unboxed as type.</summary>
        public static void RhUnboxTypeTest(MethodTable* type, MethodTable* boxType)
        {
            if (!TypeCast.AreUnboxCompatible(boxType, type)) ThrowHelpers.ThrowInvalidCastException();
        }

        /// <summary>Unboxes obj (null or a box of the underlying type) into the Nullable at data.</summary>
        public static void RhUnboxNullable(ref byte data, MethodTable* type, object obj)
        {
            MethodTable* underlying = type->NullableUnderlyingType;
            if (obj != null && obj.m_pEEType != underlying && !TypeCast.AreUnboxCompatible(obj.m_pEEType, underlying))
                ThrowHelpers.ThrowInvalidCastException();
            Memory.Zero(Unsafe.AsPointer(ref data), type->ValueTypeSize);
            if (obj == null) return;
            data = 1;
            Memory.Move((byte*)Unsafe.AsPointer(ref Unsafe.Add(ref data, type->NullableValueOffset)), (byte*)RuntimeServices.AddressOf(obj) + sizeof(nint), underlying->ValueTypeSize);
        }
    }
}
