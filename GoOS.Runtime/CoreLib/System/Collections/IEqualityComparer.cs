namespace System.Collections
{
    /// <summary>Equality and hashing of objects, for hash-based collections.</summary>
    public interface IEqualityComparer
    {
        bool Equals(object x, object y);
        int GetHashCode(object obj);
    }
}
