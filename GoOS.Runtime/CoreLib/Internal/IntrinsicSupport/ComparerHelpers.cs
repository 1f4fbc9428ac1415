using System.Runtime.CompilerServices;

namespace Internal.IntrinsicSupport
{
    /// <summary>Helpers whose bodies ILC writes per instantiation (it finds them by name).</summary>
    internal static class ComparerHelpers
    {
        /// <summary>Compares two enum values by their underlying type's CompareTo. ILC replaces the
        /// body for every enum T; the fallback below compares the bits as signed integers.</summary>
        [Intrinsic]
        internal static int EnumOnlyCompare<T>(T x, T y) where T : struct
        {
            if (Unsafe.SizeOf<T>() == 1) return Unsafe.As<T, sbyte>(ref x).CompareTo(Unsafe.As<T, sbyte>(ref y));
            if (Unsafe.SizeOf<T>() == 2) return Unsafe.As<T, short>(ref x).CompareTo(Unsafe.As<T, short>(ref y));
            if (Unsafe.SizeOf<T>() == 4) return Unsafe.As<T, int>(ref x).CompareTo(Unsafe.As<T, int>(ref y));
            return Unsafe.As<T, long>(ref x).CompareTo(Unsafe.As<T, long>(ref y));
        }
    }
}
