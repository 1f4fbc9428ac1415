namespace System
{
    /// <summary>Equality with another value of T without boxing; EqualityComparer&lt;T&gt;.Default prefers it.</summary>
    public interface IEquatable<T>
    {
        bool Equals(T other);
    }
}
