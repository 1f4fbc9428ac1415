using Internal.Runtime;

namespace System.Runtime.CompilerServices
{
    /// <summary>The first byte of an object's fields; ILC uses it (by name) to reach the value
    /// inside a box.</summary>
    internal sealed class RawData
    {
        public byte Data;
    }

    public static unsafe class RuntimeHelpers
    {
        /// <summary>Copies a field's initial data into an array (C# array initializers).
        /// The field handle points at the data ILC placed in the image.</summary>
        [Intrinsic]
        public static void InitializeArray(Array array, RuntimeFieldHandle fldHandle)
        {
            byte* source = (byte*)fldHandle.Value;
            MethodTable* type = RuntimeServices.MethodTableOf(array);
            byte* destination = (byte*)RuntimeServices.AddressOf(array) + 2 * sizeof(nint);
            Memory.Move(destination, source, (ulong)array.Length * type->ComponentSize);
        }

        public static int OffsetToStringData => 12;

        /// <summary>An identity hash derived from the object's address: stable because the heap never moves objects.</summary>
        public static int GetHashCode(object o)
        {
            if (o == null) return 0;
            ulong address = (ulong)RuntimeServices.AddressOf(o);
            return (int)(address >> 3) ^ (int)(address >> 35);
        }

        [Intrinsic]
        public static bool IsReferenceOrContainsReferences<T>() => throw null;

        [Intrinsic]
        public static bool IsBitwiseEquatable<T>() => throw null;

        internal static object MemberwiseClone(object source)
        {
            MethodTable* type = RuntimeServices.MethodTableOf(source);
            ulong size = type->BaseSize;
            if (type->HasComponentSize) size += (ulong)Unsafe.As<Array>(source).Length * type->ComponentSize;
            object clone = Allocator.AllocateLike(type, source);
            Memory.Move((byte*)RuntimeServices.AddressOf(clone) + sizeof(nint), (byte*)RuntimeServices.AddressOf(source) + sizeof(nint), size - 2 * (ulong)sizeof(nint));
            return clone;
        }

        /// <summary>array[range] (C# range syntax on arrays): a new array with a copy of the slice.</summary>
        public static T[] GetSubArray<T>(T[] array, Range range)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            (int offset, int length) = range.GetOffsetAndLength(array.Length);
            T[] result = new T[length];
            for (int i = 0; i < length; i++) result[i] = array[offset + i];
            return result;
        }

        public static ref byte GetRawData(this object obj) => ref Unsafe.As<RawData>(obj).Data;
    }
}
