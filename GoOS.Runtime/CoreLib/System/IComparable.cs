namespace System
{
    /// <summary>Orders an instance against another object of the same type.</summary>
    public interface IComparable
    {
        int CompareTo(object obj);
    }

    /// <summary>Orders an instance against another value of T without boxing.</summary>
    public interface IComparable<in T>
    {
        int CompareTo(T other);
    }
}
