namespace System.Collections
{
    /// <summary>A sequence that can be walked with an enumerator ('foreach').</summary>
    public interface IEnumerable
    {
        IEnumerator GetEnumerator();
    }
}
