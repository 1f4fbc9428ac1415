namespace System.Collections.Generic
{
    /// <summary>A mutable collection with access by index.</summary>
    public interface IList<T> : ICollection<T>
    {
        T this[int index] { get; set; }
        int IndexOf(T item);
        void Insert(int index, T item);
        void RemoveAt(int index);
    }
}
