namespace System.Collections.Generic
{
    /// <summary>Default ordering for a T that implements IComparable&lt;T&gt;; null sorts first.
    /// ILC names this type.</summary>
    public sealed class GenericComparer<T> : Comparer<T> where T : IComparable<T>
    {
        public override int Compare(T x, T y)
        {
            if (x != null) return y != null ? x.CompareTo(y) : 1;
            return y != null ? -1 : 0;
        }
    }
}
