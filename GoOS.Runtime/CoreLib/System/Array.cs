using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>Base of every array. Layout agreed with ILC: the element count at offset 8,
    /// elements from offset 16 for one-dimensional zero-based arrays.</summary>
    public abstract partial class Array
    {
        private int _numComponents;

        public int Length => _numComponents;
    }

    /// <summary>The class ILC uses as the parent of T[] so that arrays implement IList&lt;T&gt;.</summary>
    public partial class Array<T> : Array
    {
    }
}
