using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    // ILC makes Array<T> the parent of T[], so the interfaces declared here are the ones every
    // T[] implements; 'this' is always a T[].
    public partial class Array<T> : IList<T>, IReadOnlyList<T>
    {
        private T[] Items => Unsafe.As<T[]>(this);

        T IList<T>.this[int index]
        {
            get => Items[index];
            set => Items[index] = value;
        }

        T IReadOnlyList<T>.this[int index] => Items[index];

        int ICollection<T>.Count => Items.Length;
        int IReadOnlyCollection<T>.Count => Items.Length;
        bool ICollection<T>.IsReadOnly => true;

        int IList<T>.IndexOf(T item) => Array.IndexOf(Items, item);

        bool ICollection<T>.Contains(T item) => Array.IndexOf(Items, item) >= 0;

        void ICollection<T>.CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            if ((uint)arrayIndex > (uint)array.Length || array.Length - arrayIndex < Items.Length) ThrowHelper.ThrowArrayTooSmall();
            new ReadOnlySpan<T>(Items).CopyTo(new Span<T>(array, arrayIndex, Items.Length));
        }

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new ArrayEnumerator<T>(Items);

        IEnumerator IEnumerable.GetEnumerator() => new ArrayEnumerator<T>(Items);

        void ICollection<T>.Add(T item) => throw new NotSupportedException("Collection was of a fixed size.");
        void ICollection<T>.Clear() => throw new NotSupportedException("Collection is read-only.");
        bool ICollection<T>.Remove(T item) => throw new NotSupportedException("Collection was of a fixed size.");
        void IList<T>.Insert(int index, T item) => throw new NotSupportedException("Collection was of a fixed size.");
        void IList<T>.RemoveAt(int index) => throw new NotSupportedException("Collection was of a fixed size.");
    }

    /// <summary>Enumerates an array through IEnumerator&lt;T&gt; (a 'foreach' over an array typed as such).</summary>
    internal sealed class ArrayEnumerator<T> : IEnumerator<T>
    {
        private readonly T[] _array;
        private int _index = -1;

        public ArrayEnumerator(T[] array) { _array = array; }

        public bool MoveNext()
        {
            if (_index < _array.Length) _index++;
            return _index < _array.Length;
        }

        public T Current
        {
            get
            {
                if ((uint)_index >= (uint)_array.Length) ThrowHelper.ThrowEnumerationNotReady();
                return _array[_index];
            }
        }

        object IEnumerator.Current => Current;

        public void Reset() { _index = -1; }

        public void Dispose() { }
    }
}
