namespace System.Collections.Generic
{
    /// <summary>A growable array. Every change bumps _version so that enumerators can detect
    /// modification during enumeration, as .NET's do.</summary>
    public partial class List<T> : IList<T>, IReadOnlyList<T>
    {
        private const int DefaultCapacity = 4;
        private const int MaxLength = 0x7FFFFFC7;   // the longest array the runtime allocates, as in .NET

        private T[] _items;
        private int _size;
        private int _version;

        public List() { _items = Array.Empty<T>(); }

        public List(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowNegativeArgument(nameof(capacity));
            _items = capacity == 0 ? Array.Empty<T>() : new T[capacity];
        }

        public List(IEnumerable<T> collection)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNull(nameof(collection));
            _items = Array.Empty<T>();
            AddRange(collection);
        }

        public int Count => _size;

        bool ICollection<T>.IsReadOnly => false;

        /// <summary>The length of the backing array; setting it below Count throws.</summary>
        public int Capacity
        {
            get => _items.Length;
            set
            {
                if (value < _size) ThrowHelper.ThrowArgumentOutOfRange(nameof(value), "capacity was less than the current size.");
                if (value == _items.Length) return;
                T[] items = value == 0 ? Array.Empty<T>() : new T[value];
                new ReadOnlySpan<T>(_items, 0, _size).CopyTo(items);
                _items = items;
            }
        }

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_size) ThrowHelper.ThrowIndexArgumentOutOfRange();
                return _items[index];
            }
            set
            {
                if ((uint)index >= (uint)_size) ThrowHelper.ThrowIndexArgumentOutOfRange();
                _items[index] = value;
                _version++;
            }
        }

        public void Add(T item)
        {
            _version++;
            if (_size == _items.Length) Grow(_size + 1);
            _items[_size++] = item;
        }

        /// <summary>Appends every item of the collection, in its enumeration order.</summary>
        public void AddRange(IEnumerable<T> collection) => InsertRange(_size, collection);

        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)_size) ThrowHelper.ThrowArgumentOutOfRange(nameof(index), "Index must be within the bounds of the List.");
            if (_size == _items.Length) Grow(_size + 1);
            if (index < _size) new ReadOnlySpan<T>(_items, index, _size - index).CopyTo(new Span<T>(_items, index + 1, _size - index));
            _items[index] = item;
            _size++;
            _version++;
        }

        /// <summary>Inserts the collection's items at index, in order. A collection that is this
        /// list itself is copied first.</summary>
        public void InsertRange(int index, IEnumerable<T> collection)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNull(nameof(collection));
            if ((uint)index > (uint)_size) ThrowHelper.ThrowIndexArgumentOutOfRange();
            T[] items = collection is ICollection<T> known ? CopyOf(known) : null;
            if (items == null)
            {
                foreach (T item in collection) Insert(index++, item);
                return;
            }
            if (items.Length == 0) return;
            if (_items.Length - _size < items.Length) Grow(_size + items.Length);
            if (index < _size) new ReadOnlySpan<T>(_items, index, _size - index).CopyTo(new Span<T>(_items, index + items.Length, _size - index));
            new ReadOnlySpan<T>(items).CopyTo(new Span<T>(_items, index, items.Length));
            _size += items.Length;
            _version++;
        }

        private static T[] CopyOf(ICollection<T> collection)
        {
            T[] items = new T[collection.Count];
            collection.CopyTo(items, 0);
            return items;
        }

        public bool Remove(T item)
        {
            int index = IndexOf(item);
            if (index < 0) return false;
            RemoveAt(index);
            return true;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_size) ThrowHelper.ThrowIndexArgumentOutOfRange();
            _size--;
            if (index < _size) new ReadOnlySpan<T>(_items, index + 1, _size - index).CopyTo(new Span<T>(_items, index, _size - index));
            _items[_size] = default;
            _version++;
        }

        public void RemoveRange(int index, int count)
        {
            if (index < 0) ThrowHelper.ThrowNegativeArgument(nameof(index));
            if (count < 0) ThrowHelper.ThrowNegativeArgument(nameof(count));
            if (_size - index < count) ThrowHelper.ThrowInvalidOffsetLength();
            if (count == 0) return;
            _size -= count;
            if (index < _size) new ReadOnlySpan<T>(_items, index + count, _size - index).CopyTo(new Span<T>(_items, index, _size - index));
            new Span<T>(_items, _size, count).Clear();
            _version++;
        }

        /// <summary>Removes every item the predicate accepts, keeping the order of the rest;
        /// returns how many were removed.</summary>
        public int RemoveAll(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNull(nameof(match));
            int kept = 0;
            for (int i = 0; i < _size; i++)
            {
                T item = _items[i];
                if (match(item)) continue;
                _items[kept++] = item;
            }
            int removed = _size - kept;
            if (removed > 0)
            {
                new Span<T>(_items, kept, removed).Clear();
                _size = kept;
                _version++;
            }
            return removed;
        }

        public void Clear()
        {
            _version++;
            new Span<T>(_items, 0, _size).Clear();
            _size = 0;
        }

        public bool Contains(T item) => _size != 0 && IndexOf(item) >= 0;

        public int IndexOf(T item) => Array.IndexOf(_items, item, 0, _size);

        public int IndexOf(T item, int index)
        {
            if ((uint)index > (uint)_size) ThrowHelper.ThrowIndexArgumentOutOfRange();
            return Array.IndexOf(_items, item, index, _size - index);
        }

        public int LastIndexOf(T item) => _size == 0 ? -1 : Array.LastIndexOf(_items, item, _size - 1, _size);

        public T Find(Predicate<T> match)
        {
            int index = FindIndex(match);
            return index < 0 ? default : _items[index];
        }

        public int FindIndex(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNull(nameof(match));
            for (int i = 0; i < _size; i++)
                if (match(_items[i])) return i;
            return -1;
        }

        public bool Exists(Predicate<T> match) => FindIndex(match) >= 0;

        public bool TrueForAll(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNull(nameof(match));
            for (int i = 0; i < _size; i++)
                if (!match(_items[i])) return false;
            return true;
        }

        /// <summary>Calls the action on each item; throws if the action changes the list.</summary>
        public void ForEach(Action<T> action)
        {
            if (action == null) ThrowHelper.ThrowArgumentNull(nameof(action));
            int version = _version;
            for (int i = 0; i < _size && version == _version; i++) action(_items[i]);
            if (version != _version) ThrowHelper.ThrowVersionChanged();
        }

        public List<T> GetRange(int index, int count)
        {
            if (index < 0) ThrowHelper.ThrowNegativeArgument(nameof(index));
            if (count < 0) ThrowHelper.ThrowNegativeArgument(nameof(count));
            if (_size - index < count) ThrowHelper.ThrowInvalidOffsetLength();
            var range = new List<T>(count);
            new ReadOnlySpan<T>(_items, index, count).CopyTo(range._items);
            range._size = count;
            return range;
        }

        /// <summary>Sorts with Comparer&lt;T&gt;.Default. Like .NET's, the sort is not stable.</summary>
        public void Sort() => Sort(0, _size, null);

        public void Sort(IComparer<T> comparer) => Sort(0, _size, comparer);

        public void Sort(Comparison<T> comparison)
        {
            if (comparison == null) ThrowHelper.ThrowArgumentNull(nameof(comparison));
            Sort(0, _size, new ComparisonComparer<T>(comparison));
        }

        public void Sort(int index, int count, IComparer<T> comparer)
        {
            if (index < 0) ThrowHelper.ThrowNegativeArgument(nameof(index));
            if (count < 0) ThrowHelper.ThrowNegativeArgument(nameof(count));
            if (_size - index < count) ThrowHelper.ThrowInvalidOffsetLength();
            if (count > 1) ArraySortHelper<T>.Sort(new Span<T>(_items, index, count), comparer);
            _version++;
        }

        public void Reverse() => Reverse(0, _size);

        public void Reverse(int index, int count)
        {
            if (index < 0) ThrowHelper.ThrowNegativeArgument(nameof(index));
            if (count < 0) ThrowHelper.ThrowNegativeArgument(nameof(count));
            if (_size - index < count) ThrowHelper.ThrowInvalidOffsetLength();
            for (int low = index, high = index + count - 1; low < high; low++, high--)
            {
                T swap = _items[low];
                _items[low] = _items[high];
                _items[high] = swap;
            }
            _version++;
        }

        public T[] ToArray()
        {
            if (_size == 0) return Array.Empty<T>();
            T[] array = new T[_size];
            new ReadOnlySpan<T>(_items, 0, _size).CopyTo(array);
            return array;
        }

        public void CopyTo(T[] array) => CopyTo(array, 0);

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            if ((uint)arrayIndex > (uint)array.Length) ThrowHelper.ThrowArgumentOutOfRange(nameof(arrayIndex));
            if (array.Length - arrayIndex < _size) ThrowHelper.ThrowArrayTooSmall();
            new ReadOnlySpan<T>(_items, 0, _size).CopyTo(new Span<T>(array, arrayIndex, _size));
        }

        /// <summary>Makes room for at least the given number of items; returns the new capacity.</summary>
        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowNegativeArgument(nameof(capacity));
            if (_items.Length < capacity) Grow(capacity);
            return _items.Length;
        }

        public void TrimExcess()
        {
            if (_size < (int)(_items.Length * 0.9)) Capacity = _size;
        }

        // Doubles the capacity (4 at first), or more if needed; the growth policy of .NET.
        private void Grow(int needed)
        {
            int capacity = _items.Length == 0 ? DefaultCapacity : 2 * _items.Length;
            if ((uint)capacity > MaxLength) capacity = MaxLength;
            if (capacity < needed) capacity = needed;
            Capacity = capacity;
        }
    }
}
