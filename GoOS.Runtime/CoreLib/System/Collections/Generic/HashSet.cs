namespace System.Collections.Generic
{
    /// <summary>A set of distinct items, null included. Same layout and observable order as
    /// Dictionary: items in one array in insertion order, freed slots reused last-freed-first.</summary>
    public class HashSet<T> : ICollection<T>, IReadOnlyCollection<T>
    {
        // An entry in use has next >= -1; a free one has next = FreeListBase - (next free index or -1).
        private const int FreeListBase = -3;

        private struct Entry
        {
            public uint HashCode;
            public int Next;
            public T Value;
        }

        private int[] _buckets;          // 1-based index of the first entry of each chain; 0 = empty
        private Entry[] _entries;
        private int _count;
        private int _freeList = -1;
        private int _freeCount;
        private int _version;
        private int _shift;
        private readonly IEqualityComparer<T> _comparer;

        public HashSet() : this((IEqualityComparer<T>)null) { }

        public HashSet(IEqualityComparer<T> comparer) { _comparer = comparer ?? EqualityComparer<T>.Default; }

        public HashSet(int capacity) : this((IEqualityComparer<T>)null)
        {
            if (capacity < 0) ThrowHelper.ThrowNegativeArgument(nameof(capacity));
            if (capacity > 0) Initialize(capacity);
        }

        public HashSet(IEnumerable<T> collection) : this(collection, null) { }

        public HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNull(nameof(collection));
            UnionWith(collection);
        }

        public IEqualityComparer<T> Comparer => _comparer;

        public int Count => _count - _freeCount;

        bool ICollection<T>.IsReadOnly => false;

        /// <summary>Adds the item; false if it was already present.</summary>
        public bool Add(T item)
        {
            if (_buckets == null) Initialize(0);
            uint hashCode = HashOf(item);
            if (Find(item, hashCode) >= 0) return false;
            int index;
            if (_freeCount > 0)
            {
                index = _freeList;
                _freeList = FreeListBase - _entries[index].Next;
                _freeCount--;
            }
            else
            {
                if (_count == _entries.Length) Resize(2 * _count);
                index = _count++;
            }
            ref int bucket = ref _buckets[BucketOf(hashCode)];
            _entries[index].HashCode = hashCode;
            _entries[index].Next = bucket - 1;
            _entries[index].Value = item;
            bucket = index + 1;
            _version++;
            return true;
        }

        void ICollection<T>.Add(T item) => Add(item);

        public bool Contains(T item) => _buckets != null && Find(item, HashOf(item)) >= 0;

        /// <summary>Removes the item if present; running enumerators stay valid, as in .NET.</summary>
        public bool Remove(T item)
        {
            if (_buckets == null) return false;
            uint hashCode = HashOf(item);
            ref int bucket = ref _buckets[BucketOf(hashCode)];
            int previous = -1;
            for (int i = bucket - 1; i >= 0; previous = i, i = _entries[i].Next)
            {
                ref Entry entry = ref _entries[i];
                if (entry.HashCode != hashCode || !_comparer.Equals(entry.Value, item)) continue;
                if (previous < 0) bucket = entry.Next + 1;
                else _entries[previous].Next = entry.Next;
                entry.Next = FreeListBase - _freeList;
                entry.Value = default;
                _freeList = i;
                _freeCount++;
                return true;
            }
            return false;
        }

        /// <summary>Removes every item the predicate accepts; returns how many.</summary>
        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNull(nameof(match));
            int removed = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_entries[i].Next < -1) continue;
                T value = _entries[i].Value;
                if (match(value) && Remove(value)) removed++;
            }
            return removed;
        }

        public void Clear()
        {
            if (_count == 0) return;
            Array.Clear(_buckets);
            new Span<Entry>(_entries, 0, _count).Clear();
            _count = 0;
            _freeList = -1;
            _freeCount = 0;
        }

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNull(nameof(other));
            foreach (T item in other) Add(item);
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNull(nameof(other));
            if (other == this)
            {
                Clear();
                return;
            }
            foreach (T item in other) Remove(item);
        }

        /// <summary>Keeps only the items that other also contains (by this set's comparer). An empty
        /// collection clears the set, which (as in .NET) also forgets the freed slots.</summary>
        public void IntersectWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNull(nameof(other));
            if (other == this || Count == 0) return;
            if (other is ICollection<T> collection && collection.Count == 0)
            {
                Clear();
                return;
            }
            var keep = new HashSet<T>(_comparer);
            foreach (T item in other)
                if (Contains(item)) keep.Add(item);
            for (int i = 0; i < _count; i++)
                if (_entries[i].Next >= -1 && !keep.Contains(_entries[i].Value)) Remove(_entries[i].Value);
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNull(nameof(other));
            var seen = new HashSet<T>(_comparer);
            foreach (T item in other)
                if (Contains(item)) seen.Add(item);
            return seen.Count == Count;
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNull(nameof(other));
            foreach (T item in other)
                if (!Contains(item)) return false;
            return true;
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNull(nameof(other));
            foreach (T item in other)
                if (Contains(item)) return true;
            return false;
        }

        public bool SetEquals(IEnumerable<T> other) => IsSubsetOf(other) && IsSupersetOf(other);

        public void CopyTo(T[] array) => CopyTo(array, 0);

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            if ((uint)arrayIndex > (uint)array.Length) ThrowHelper.ThrowNegativeArgument(nameof(arrayIndex));
            if (array.Length - arrayIndex < Count) ThrowHelper.ThrowArrayTooSmall();
            for (int i = 0; i < _count; i++)
                if (_entries[i].Next >= -1) array[arrayIndex++] = _entries[i].Value;
        }

        private uint HashOf(T item) => item == null ? 0 : (uint)_comparer.GetHashCode(item);

        private int Find(T item, uint hashCode)
        {
            for (int i = _buckets[BucketOf(hashCode)] - 1; i >= 0; i = _entries[i].Next)
                if (_entries[i].HashCode == hashCode && _comparer.Equals(_entries[i].Value, item)) return i;
            return -1;
        }

        private int BucketOf(uint hashCode) => (int)((hashCode * 0x9E3779B9u) >> _shift);

        private void Initialize(int capacity)
        {
            int size = 4;
            while (size < capacity) size *= 2;
            _buckets = new int[size];
            _entries = new Entry[size];
            _shift = ShiftFor(size);
        }

        // Moves the entries, in order, to arrays of the given size and rebuilds the chains; no entry is free.
        private void Resize(int size)
        {
            var entries = new Entry[size];
            new ReadOnlySpan<Entry>(_entries, 0, _count).CopyTo(entries);
            _buckets = new int[size];
            _entries = entries;
            _shift = ShiftFor(size);
            for (int i = 0; i < _count; i++)
            {
                ref int bucket = ref _buckets[BucketOf(entries[i].HashCode)];
                entries[i].Next = bucket - 1;
                bucket = i + 1;
            }
        }

        private static int ShiftFor(int size)
        {
            int shift = 32;
            for (int s = size; s > 1; s >>= 1) shift--;
            return shift;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);

        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        /// <summary>Walks the items in entry order; adding while enumerating makes MoveNext throw.</summary>
        public struct Enumerator : IEnumerator<T>
        {
            private readonly HashSet<T> _set;
            private readonly int _version;
            private int _index;
            private T _current;

            internal Enumerator(HashSet<T> set)
            {
                _set = set;
                _version = set._version;
                _index = 0;
                _current = default;
            }

            public bool MoveNext()
            {
                if (_version != _set._version) ThrowHelper.ThrowVersionChanged();
                while (_index < _set._count)
                {
                    ref Entry entry = ref _set._entries[_index++];
                    if (entry.Next < -1) continue;
                    _current = entry.Value;
                    return true;
                }
                _index = _set._count + 1;
                _current = default;
                return false;
            }

            public T Current => _current;

            object IEnumerator.Current => _current;

            void IEnumerator.Reset()
            {
                if (_version != _set._version) ThrowHelper.ThrowVersionChanged();
                _index = 0;
                _current = default;
            }

            public void Dispose() { }
        }
    }
}
