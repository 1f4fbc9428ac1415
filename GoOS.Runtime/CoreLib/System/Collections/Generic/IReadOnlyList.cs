namespace System.Collections.Generic
{
    /// <summary>A read-only sequence with access by index.</summary>
    public interface IReadOnlyList<out T> : IReadOnlyCollection<T>
    {
        T this[int index] { get; }
    }
}
