namespace System.Collections.Generic
{
    /// <summary>A first-in, first-out queue in a circular array that doubles when full.</summary>
    public class Queue<T> : IReadOnlyCollection<T>
    {
        private T[] _array;
        private int _head;       // index of the oldest item
        private int _size;
        private int _version;

        public Queue() { _array = Array.Empty<T>(); }

        public Queue(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowNegativeArgument(nameof(capacity));
            _array = new T[capacity];
        }

        public Queue(IEnumerable<T> collection) : this()
        {
            if (collection == null) ThrowHelper.ThrowArgumentNull(nameof(collection));
            foreach (T item in collection) Enqueue(item);
        }

        public int Count => _size;

        public void Enqueue(T item)
        {
            if (_size == _array.Length) Grow(_size + 1);
            _array[Slot(_size)] = item;
            _size++;
            _version++;
        }

        public T Dequeue()
        {
            if (!TryDequeue(out T item)) ThrowHelper.ThrowEmptyQueue();
            return item;
        }

        public bool TryDequeue(out T result)
        {
            if (_size == 0)
            {
                result = default;
                return false;
            }
            result = _array[_head];
            _array[_head] = default;
            _head = Slot(1);
            _size--;
            _version++;
            return true;
        }

        public T Peek()
        {
            if (_size == 0) ThrowHelper.ThrowEmptyQueue();
            return _array[_head];
        }

        public bool TryPeek(out T result)
        {
            result = _size == 0 ? default : _array[_head];
            return _size != 0;
        }

        public void Clear()
        {
            for (int i = 0; i < _size; i++) _array[Slot(i)] = default;
            _head = 0;
            _size = 0;
            _version++;
        }

        public bool Contains(T item)
        {
            EqualityComparer<T> comparer = EqualityComparer<T>.Default;
            for (int i = 0; i < _size; i++)
                if (comparer.Equals(_array[Slot(i)], item)) return true;
            return false;
        }

        /// <summary>The items from oldest to newest.</summary>
        public T[] ToArray()
        {
            if (_size == 0) return Array.Empty<T>();
            T[] array = new T[_size];
            for (int i = 0; i < _size; i++) array[i] = _array[Slot(i)];
            return array;
        }

        // The array index of the item at the given distance from the head.
        private int Slot(int offset)
        {
            int index = _head + offset;
            return index >= _array.Length ? index - _array.Length : index;
        }

        private void Grow(int needed)
        {
            int capacity = 2 * _array.Length;
            if (capacity < _array.Length + 4) capacity = _array.Length + 4;
            if (capacity < needed) capacity = needed;
            T[] array = new T[capacity];
            for (int i = 0; i < _size; i++) array[i] = _array[Slot(i)];
            _array = array;
            _head = 0;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);

        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        /// <summary>Walks from oldest to newest; any change to the queue makes MoveNext throw.</summary>
        public struct Enumerator : IEnumerator<T>
        {
            private readonly Queue<T> _queue;
            private readonly int _version;
            private int _index;
            private T _current;

            internal Enumerator(Queue<T> queue)
            {
                _queue = queue;
                _version = queue._version;
                _index = 0;
                _current = default;
            }

            public bool MoveNext()
            {
                if (_version != _queue._version) ThrowHelper.ThrowVersionChanged();
                if (_index < _queue._size)
                {
                    _current = _queue._array[_queue.Slot(_index++)];
                    return true;
                }
                _current = default;
                return false;
            }

            public T Current => _current;

            object IEnumerator.Current => _current;

            void IEnumerator.Reset()
            {
                if (_version != _queue._version) ThrowHelper.ThrowVersionChanged();
                _index = 0;
                _current = default;
            }

            public void Dispose() { }
        }
    }
}
