namespace System.Collections.Generic
{
    /// <summary>A sequence that knows how many items it has.</summary>
    public interface IReadOnlyCollection<out T> : IEnumerable<T>
    {
        int Count { get; }
    }
}
