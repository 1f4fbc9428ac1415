namespace System
{
    /// <summary>Releases what an object holds; 'using' and 'foreach' call Dispose.</summary>
    public interface IDisposable
    {
        void Dispose();
    }
}
