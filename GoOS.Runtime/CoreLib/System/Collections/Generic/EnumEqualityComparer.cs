using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    /// <summary>Default equality for enums: compares the underlying integers without boxing.
    /// ILC names this type. The hash zero-extends the underlying value, so it matches .NET's
    /// except for negative values of enums narrower than int.</summary>
    public sealed class EnumEqualityComparer<T> : EqualityComparer<T> where T : struct, Enum
    {
        public override bool Equals(T x, T y) => Bits(ref x) == Bits(ref y);

        public override int GetHashCode(T obj)
        {
            ulong bits = Bits(ref obj);
            return (int)bits ^ (int)(bits >> 32);
        }

        private static ulong Bits(ref T value)
        {
            if (Unsafe.SizeOf<T>() == 1) return Unsafe.As<T, byte>(ref value);
            if (Unsafe.SizeOf<T>() == 2) return Unsafe.As<T, ushort>(ref value);
            if (Unsafe.SizeOf<T>() == 4) return Unsafe.As<T, uint>(ref value);
            return Unsafe.As<T, ulong>(ref value);
        }
    }
}
