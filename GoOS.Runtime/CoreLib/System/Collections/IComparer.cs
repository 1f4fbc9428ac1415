namespace System.Collections
{
    /// <summary>Orders two objects: negative, zero or positive.</summary>
    public interface IComparer
    {
        int Compare(object x, object y);
    }
}
