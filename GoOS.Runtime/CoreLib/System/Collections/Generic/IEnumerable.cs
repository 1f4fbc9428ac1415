namespace System.Collections.Generic
{
    /// <summary>A sequence of T that can be walked with an enumerator ('foreach').</summary>
    public interface IEnumerable<out T> : IEnumerable
    {
        new IEnumerator<T> GetEnumerator();
    }
}
