using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    /// <summary>Equality for T as hash-based collections need it. Default is chosen without
    /// reflection: ILC replaces the body of Create, for every exactly known T, with the
    /// construction of the right comparer below (ComparerIntrinsics in ILC looks these types
    /// up by name in this namespace); shared code over reference types takes the fallback.</summary>
    public abstract class EqualityComparer<T> : IEqualityComparer, IEqualityComparer<T>
    {
        private static EqualityComparer<T> s_default;

        public static EqualityComparer<T> Default => s_default ??= Create();

        // Replaced by ILC per instantiation; the body runs for shared reference types (and on a
        // host). It avoids typeof(T), which shared code could only answer through a runtime lookup.
        [Intrinsic]
        private static EqualityComparer<T> Create() => new ObjectEqualityComparer<T>();

        public abstract bool Equals(T x, T y);

        public abstract int GetHashCode(T obj);

        bool IEqualityComparer.Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if (x is T first && y is T second) return Equals(first, second);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }

        int IEqualityComparer.GetHashCode(object obj)
        {
            if (obj == null) return 0;
            if (obj is T value) return GetHashCode(value);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }
    }
}
