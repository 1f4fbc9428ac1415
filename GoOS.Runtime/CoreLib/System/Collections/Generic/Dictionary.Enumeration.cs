namespace System.Collections.Generic
{
    public partial class Dictionary<TKey, TValue>
    {
        private KeyCollection _keys;
        private ValueCollection _values;

        public KeyCollection Keys => _keys ??= new KeyCollection(this);

        public ValueCollection Values => _values ??= new ValueCollection(this);

        ICollection<TKey> IDictionary<TKey, TValue>.Keys => Keys;
        ICollection<TValue> IDictionary<TKey, TValue>.Values => Values;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;

        public Enumerator GetEnumerator() => new Enumerator(this);

        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => new Enumerator(this);

        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        // Index of the next entry in use at or after start, or _count when there is none.
        private int NextInUse(int start)
        {
            while (start < _count && _entries[start].Next < -1) start++;
            return start;
        }

        /// <summary>Walks the entry array in order, skipping free slots. Adding a key while
        /// enumerating makes MoveNext throw; removing one does not.</summary>
        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            private readonly Dictionary<TKey, TValue> _dictionary;
            private readonly int _version;
            private int _index;
            private KeyValuePair<TKey, TValue> _current;

            internal Enumerator(Dictionary<TKey, TValue> dictionary)
            {
                _dictionary = dictionary;
                _version = dictionary._version;
                _index = 0;
                _current = default;
            }

            public bool MoveNext()
            {
                if (_version != _dictionary._version) ThrowHelper.ThrowVersionChanged();
                _index = _dictionary.NextInUse(_index);
                if (_index < _dictionary._count)
                {
                    ref Entry entry = ref _dictionary._entries[_index++];
                    _current = new KeyValuePair<TKey, TValue>(entry.Key, entry.Value);
                    return true;
                }
                _index = _dictionary._count + 1;
                _current = default;
                return false;
            }

            public KeyValuePair<TKey, TValue> Current => _current;

            object IEnumerator.Current => _current;

            void IEnumerator.Reset() => Restart();

            internal void Restart()
            {
                if (_version != _dictionary._version) ThrowHelper.ThrowVersionChanged();
                _index = 0;
                _current = default;
            }

            public void Dispose() { }
        }

        /// <summary>A live, read-only view of the keys, in enumeration order.</summary>
        public sealed class KeyCollection : ICollection<TKey>, IReadOnlyCollection<TKey>
        {
            private readonly Dictionary<TKey, TValue> _dictionary;

            public KeyCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) ThrowHelper.ThrowArgumentNull(nameof(dictionary));
                _dictionary = dictionary;
            }

            public int Count => _dictionary.Count;

            bool ICollection<TKey>.IsReadOnly => true;

            public bool Contains(TKey item) => _dictionary.ContainsKey(item);

            public void CopyTo(TKey[] array, int index)
            {
                _dictionary.CheckCopyTarget(array, index);
                for (int i = _dictionary.NextInUse(0); i < _dictionary._count; i = _dictionary.NextInUse(i + 1))
                    array[index++] = _dictionary._entries[i].Key;
            }

            public Enumerator GetEnumerator() => new Enumerator(_dictionary);

            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() => new Enumerator(_dictionary);

            IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_dictionary);

            void ICollection<TKey>.Add(TKey item) => ThrowHelper.ThrowNotSupportedReadOnly();
            void ICollection<TKey>.Clear() => ThrowHelper.ThrowNotSupportedReadOnly();
            bool ICollection<TKey>.Remove(TKey item)
            {
                ThrowHelper.ThrowNotSupportedReadOnly();
                return false;
            }

            public struct Enumerator : IEnumerator<TKey>
            {
                private Dictionary<TKey, TValue>.Enumerator _inner;

                internal Enumerator(Dictionary<TKey, TValue> dictionary) { _inner = new Dictionary<TKey, TValue>.Enumerator(dictionary); }

                public bool MoveNext() => _inner.MoveNext();
                public TKey Current => _inner.Current.Key;
                object IEnumerator.Current => _inner.Current.Key;
                void IEnumerator.Reset() => _inner.Restart();
                public void Dispose() { }
            }
        }

        /// <summary>A live, read-only view of the values, in enumeration order.</summary>
        public sealed class ValueCollection : ICollection<TValue>, IReadOnlyCollection<TValue>
        {
            private readonly Dictionary<TKey, TValue> _dictionary;

            public ValueCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) ThrowHelper.ThrowArgumentNull(nameof(dictionary));
                _dictionary = dictionary;
            }

            public int Count => _dictionary.Count;

            bool ICollection<TValue>.IsReadOnly => true;

            bool ICollection<TValue>.Contains(TValue item) => _dictionary.ContainsValue(item);

            public void CopyTo(TValue[] array, int index)
            {
                _dictionary.CheckCopyTarget(array, index);
                for (int i = _dictionary.NextInUse(0); i < _dictionary._count; i = _dictionary.NextInUse(i + 1))
                    array[index++] = _dictionary._entries[i].Value;
            }

            public Enumerator GetEnumerator() => new Enumerator(_dictionary);

            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() => new Enumerator(_dictionary);

            IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_dictionary);

            void ICollection<TValue>.Add(TValue item) => ThrowHelper.ThrowNotSupportedReadOnly();
            void ICollection<TValue>.Clear() => ThrowHelper.ThrowNotSupportedReadOnly();
            bool ICollection<TValue>.Remove(TValue item)
            {
                ThrowHelper.ThrowNotSupportedReadOnly();
                return false;
            }

            public struct Enumerator : IEnumerator<TValue>
            {
                private Dictionary<TKey, TValue>.Enumerator _inner;

                internal Enumerator(Dictionary<TKey, TValue> dictionary) { _inner = new Dictionary<TKey, TValue>.Enumerator(dictionary); }

                public bool MoveNext() => _inner.MoveNext();
                public TValue Current => _inner.Current.Value;
                object IEnumerator.Current => _inner.Current.Value;
                void IEnumerator.Reset() => _inner.Restart();
                public void Dispose() { }
            }
        }
    }
}
