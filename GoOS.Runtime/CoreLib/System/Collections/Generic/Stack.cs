namespace System.Collections.Generic
{
    /// <summary>A last-in, first-out stack over an array that doubles when full.</summary>
    public class Stack<T> : IReadOnlyCollection<T>
    {
        private T[] _array;
        private int _size;
        private int _version;

        public Stack() { _array = Array.Empty<T>(); }

        public Stack(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowNegativeArgument(nameof(capacity));
            _array = new T[capacity];
        }

        public Stack(IEnumerable<T> collection) : this()
        {
            if (collection == null) ThrowHelper.ThrowArgumentNull(nameof(collection));
            foreach (T item in collection) Push(item);
        }

        public int Count => _size;

        public void Push(T item)
        {
            if (_size == _array.Length)
            {
                T[] array = new T[_array.Length == 0 ? 4 : 2 * _array.Length];
                new ReadOnlySpan<T>(_array, 0, _size).CopyTo(array);
                _array = array;
            }
            _array[_size++] = item;
            _version++;
        }

        public T Pop()
        {
            if (!TryPop(out T item)) ThrowHelper.ThrowEmptyStack();
            return item;
        }

        public bool TryPop(out T result)
        {
            if (_size == 0)
            {
                result = default;
                return false;
            }
            result = _array[--_size];
            _array[_size] = default;
            _version++;
            return true;
        }

        public T Peek()
        {
            if (_size == 0) ThrowHelper.ThrowEmptyStack();
            return _array[_size - 1];
        }

        public bool TryPeek(out T result)
        {
            result = _size == 0 ? default : _array[_size - 1];
            return _size != 0;
        }

        public void Clear()
        {
            new Span<T>(_array, 0, _size).Clear();
            _size = 0;
            _version++;
        }

        public bool Contains(T item) => _size != 0 && Array.LastIndexOf(_array, item, _size - 1, _size) >= 0;

        /// <summary>The items from top to bottom, the order Pop would return them.</summary>
        public T[] ToArray()
        {
            if (_size == 0) return Array.Empty<T>();
            T[] array = new T[_size];
            for (int i = 0; i < _size; i++) array[i] = _array[_size - 1 - i];
            return array;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);

        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        /// <summary>Walks from top to bottom; any change to the stack makes MoveNext throw.</summary>
        public struct Enumerator : IEnumerator<T>
        {
            private readonly Stack<T> _stack;
            private readonly int _version;
            private int _index;      // index of the next item to return, counting down
            private T _current;

            internal Enumerator(Stack<T> stack)
            {
                _stack = stack;
                _version = stack._version;
                _index = stack._size - 1;
                _current = default;
            }

            public bool MoveNext()
            {
                if (_version != _stack._version) ThrowHelper.ThrowVersionChanged();
                if (_index >= 0)
                {
                    _current = _stack._array[_index--];
                    return true;
                }
                _current = default;
                return false;
            }

            public T Current => _current;

            object IEnumerator.Current => _current;

            void IEnumerator.Reset()
            {
                if (_version != _stack._version) ThrowHelper.ThrowVersionChanged();
                _index = _stack._size - 1;
                _current = default;
            }

            public void Dispose() { }
        }
    }
}
