namespace System.Collections.Generic
{
    /// <summary>A position in a sequence of T.</summary>
    public interface IEnumerator<out T> : IDisposable, IEnumerator
    {
        new T Current { get; }
    }
}
