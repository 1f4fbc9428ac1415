namespace System.Collections.Generic
{
    /// <summary>Default equality for any other T: IEquatable&lt;T&gt; when the value turns out to
    /// implement it, else the virtual Object.Equals. ILC names this type.</summary>
    public sealed class ObjectEqualityComparer<T> : EqualityComparer<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x == null) return y == null;
            if (y == null) return false;
            if (x is IEquatable<T> equatable) return equatable.Equals(y);
            return x.Equals(y);
        }

        public override int GetHashCode(T obj) => obj == null ? 0 : obj.GetHashCode();
    }
}
