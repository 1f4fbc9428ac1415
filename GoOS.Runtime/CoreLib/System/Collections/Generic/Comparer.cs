using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    /// <summary>Ordering of T as sorting needs it. Default is chosen without reflection: ILC
    /// replaces the body of the parameterless Create for every exactly known T (see
    /// EqualityComparer&lt;T&gt;); shared code over reference types takes the fallback.</summary>
    public abstract class Comparer<T> : IComparer, IComparer<T>
    {
        private static Comparer<T> s_default;

        public static Comparer<T> Default => s_default ??= Create();

        // Replaced by ILC per instantiation; the body runs for shared reference types (and on a host).
        [Intrinsic]
        private static Comparer<T> Create() => new ObjectComparer<T>();

        /// <summary>A comparer that calls the given comparison.</summary>
        public static Comparer<T> Create(Comparison<T> comparison)
        {
            if (comparison == null) ThrowHelper.ThrowArgumentNull(nameof(comparison));
            return new ComparisonComparer<T>(comparison);
        }

        public abstract int Compare(T x, T y);

        int IComparer.Compare(object x, object y)
        {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            if (x is T first && y is T second) return Compare(first, second);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }
}
