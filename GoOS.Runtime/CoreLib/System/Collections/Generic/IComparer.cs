namespace System.Collections.Generic
{
    /// <summary>Orders two values of T: negative, zero or positive.</summary>
    public interface IComparer<in T>
    {
        int Compare(T x, T y);
    }
}
