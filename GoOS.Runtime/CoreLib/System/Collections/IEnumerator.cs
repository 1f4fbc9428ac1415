namespace System.Collections
{
    /// <summary>A position in a sequence: MoveNext advances, Current reads, Reset rewinds.</summary>
    public interface IEnumerator
    {
        bool MoveNext();
        object Current { get; }
        void Reset();
    }
}
