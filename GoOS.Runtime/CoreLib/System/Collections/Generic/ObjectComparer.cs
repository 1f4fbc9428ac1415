namespace System.Collections.Generic
{
    /// <summary>Default ordering for any other T: IComparable&lt;T&gt; or IComparable when the value
    /// implements one; null sorts first. ILC names this type.</summary>
    public sealed class ObjectComparer<T> : Comparer<T>
    {
        public override int Compare(T x, T y)
        {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            if (x is IComparable<T> generic) return generic.CompareTo(y);
            if (x is IComparable comparable) return comparable.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }
}
