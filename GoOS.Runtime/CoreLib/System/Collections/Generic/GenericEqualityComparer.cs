namespace System.Collections.Generic
{
    /// <summary>Default equality for a T that implements IEquatable&lt;T&gt;: calls it without boxing.
    /// ILC names this type; it must keep its name and parameterless constructor.</summary>
    public sealed class GenericEqualityComparer<T> : EqualityComparer<T> where T : IEquatable<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x == null) return y == null;
            if (y == null) return false;
            return x.Equals(y);
        }

        public override int GetHashCode(T obj) => obj == null ? 0 : obj.GetHashCode();
    }
}
