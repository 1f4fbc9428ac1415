namespace System.Collections.Generic
{
    /// <summary>A hash map with .NET's observable behaviour: entries live in one array in the
    /// order they were added, removed slots are reused last-freed-first, and enumeration walks
    /// that array, so without removals it yields the insertion order. Buckets are a power of
    /// two long and chain through Entry.next.</summary>
    public partial class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        // An entry in use has next >= -1 (-1 ends its chain); a free entry has
        // next = FreeListBase - (index of the next free entry, or -1).
        private const int FreeListBase = -3;

        private struct Entry
        {
            public uint HashCode;
            public int Next;
            public TKey Key;
            public TValue Value;
        }

        private int[] _buckets;          // 1-based index of the first entry of each chain; 0 = empty
        private Entry[] _entries;
        private int _count;              // slots of _entries used so far, free ones included
        private int _freeList = -1;
        private int _freeCount;
        private int _version;
        private int _shift;              // 32 - log2(bucket count), for the multiplicative hash
        private readonly IEqualityComparer<TKey> _comparer;

        public Dictionary() : this(0, null) { }

        public Dictionary(int capacity) : this(capacity, null) { }

        public Dictionary(IEqualityComparer<TKey> comparer) : this(0, comparer) { }

        public Dictionary(int capacity, IEqualityComparer<TKey> comparer)
        {
            if (capacity < 0) ThrowHelper.ThrowNegativeArgument(nameof(capacity));
            if (capacity > 0) Initialize(capacity);
            _comparer = comparer ?? EqualityComparer<TKey>.Default;
        }

        public Dictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public Dictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer)
            : this(dictionary?.Count ?? 0, comparer)
        {
            if (dictionary == null) ThrowHelper.ThrowArgumentNull(nameof(dictionary));
            foreach (KeyValuePair<TKey, TValue> pair in dictionary) Add(pair.Key, pair.Value);
        }

        public IEqualityComparer<TKey> Comparer => _comparer;

        public int Count => _count - _freeCount;

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;

        public TValue this[TKey key]
        {
            get
            {
                int index = FindEntry(key);
                if (index < 0) ThrowHelper.ThrowKeyNotFound(key);
                return _entries[index].Value;
            }
            set => Insert(key, value, overwrite: true);
        }

        /// <summary>Adds the pair; throws ArgumentException if the key is already present.</summary>
        public void Add(TKey key, TValue value)
        {
            if (!Insert(key, value, overwrite: false)) ThrowHelper.ThrowDuplicateKey(key);
        }

        public bool TryAdd(TKey key, TValue value) => Insert(key, value, overwrite: false);

        public bool ContainsKey(TKey key) => FindEntry(key) >= 0;

        public bool ContainsValue(TValue value)
        {
            EqualityComparer<TValue> comparer = EqualityComparer<TValue>.Default;
            for (int i = 0; i < _count; i++)
                if (_entries[i].Next >= -1 && comparer.Equals(_entries[i].Value, value)) return true;
            return false;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int index = FindEntry(key);
            if (index >= 0)
            {
                value = _entries[index].Value;
                return true;
            }
            value = default;
            return false;
        }

        public bool Remove(TKey key) => Remove(key, out _);

        /// <summary>Removes the key and hands back its value. Like .NET's, it does not invalidate
        /// running enumerators, so removing while enumerating is allowed.</summary>
        public bool Remove(TKey key, out TValue value)
        {
            if (key == null) ThrowHelper.ThrowArgumentNull(nameof(key));
            if (_buckets != null)
            {
                uint hashCode = (uint)_comparer.GetHashCode(key);
                ref int bucket = ref _buckets[BucketOf(hashCode)];
                int previous = -1;
                for (int i = bucket - 1; i >= 0; previous = i, i = _entries[i].Next)
                {
                    ref Entry entry = ref _entries[i];
                    if (entry.HashCode != hashCode || !_comparer.Equals(entry.Key, key)) continue;
                    if (previous < 0) bucket = entry.Next + 1;
                    else _entries[previous].Next = entry.Next;
                    value = entry.Value;
                    entry.Next = FreeListBase - _freeList;
                    entry.Key = default;
                    entry.Value = default;
                    _freeList = i;
                    _freeCount++;
                    return true;
                }
            }
            value = default;
            return false;
        }

        /// <summary>Empties the dictionary, keeping its storage.</summary>
        public void Clear()
        {
            if (_count == 0) return;
            Array.Clear(_buckets);
            new Span<Entry>(_entries, 0, _count).Clear();
            _count = 0;
            _freeList = -1;
            _freeCount = 0;
        }

        /// <summary>Makes room for at least the given number of entries; returns the new capacity.</summary>
        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowNegativeArgument(nameof(capacity));
            int current = _entries == null ? 0 : _entries.Length;
            if (current >= capacity) return current;
            if (_buckets == null) Initialize(capacity);
            else Resize(capacity);
            return _entries.Length;
        }

        // Index of the entry holding key, or -1.
        private int FindEntry(TKey key)
        {
            if (key == null) ThrowHelper.ThrowArgumentNull(nameof(key));
            if (_buckets == null) return -1;
            uint hashCode = (uint)_comparer.GetHashCode(key);
            for (int i = _buckets[BucketOf(hashCode)] - 1; i >= 0; i = _entries[i].Next)
                if (_entries[i].HashCode == hashCode && _comparer.Equals(_entries[i].Key, key)) return i;
            return -1;
        }

        // Adds key, or overwrites its value when allowed; false when it exists and may not be overwritten.
        private bool Insert(TKey key, TValue value, bool overwrite)
        {
            if (key == null) ThrowHelper.ThrowArgumentNull(nameof(key));
            if (_buckets == null) Initialize(0);
            uint hashCode = (uint)_comparer.GetHashCode(key);
            for (int i = _buckets[BucketOf(hashCode)] - 1; i >= 0; i = _entries[i].Next)
            {
                if (_entries[i].HashCode != hashCode || !_comparer.Equals(_entries[i].Key, key)) continue;
                if (!overwrite) return false;
                _entries[i].Value = value;
                return true;
            }

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
            ref Entry entry = ref _entries[index];
            entry.HashCode = hashCode;
            entry.Next = bucket - 1;
            entry.Key = key;
            entry.Value = value;
            bucket = index + 1;
            _version++;
            return true;
        }

        private int BucketOf(uint hashCode) => (int)((hashCode * 0x9E3779B9u) >> _shift);

        private void Initialize(int capacity)
        {
            int size = SizeFor(capacity);
            _buckets = new int[size];
            _entries = new Entry[size];
            _shift = ShiftFor(size);
            _freeList = -1;
        }

        // Moves the entries, in order, to arrays of at least the given size and rebuilds the chains.
        // Called only when no entry is free.
        private void Resize(int capacity)
        {
            int size = SizeFor(capacity);
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

        private static int SizeFor(int capacity)
        {
            int size = 4;
            while (size < capacity) size *= 2;
            return size;
        }

        private static int ShiftFor(int size)
        {
            int shift = 32;
            for (int s = size; s > 1; s >>= 1) shift--;
            return shift;
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) => Add(item.Key, item.Value);

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            int index = FindEntry(item.Key);
            return index >= 0 && EqualityComparer<TValue>.Default.Equals(_entries[index].Value, item.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item)
        {
            int index = FindEntry(item.Key);
            if (index < 0 || !EqualityComparer<TValue>.Default.Equals(_entries[index].Value, item.Value)) return false;
            return Remove(item.Key);
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
        {
            CheckCopyTarget(array, arrayIndex);
            for (int i = 0; i < _count; i++)
                if (_entries[i].Next >= -1) array[arrayIndex++] = new KeyValuePair<TKey, TValue>(_entries[i].Key, _entries[i].Value);
        }

        private void CheckCopyTarget<TItem>(TItem[] array, int arrayIndex)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            if ((uint)arrayIndex > (uint)array.Length) ThrowHelper.ThrowNegativeArgument(nameof(arrayIndex));
            if (array.Length - arrayIndex < Count) ThrowHelper.ThrowArrayTooSmall();
        }
    }
}
