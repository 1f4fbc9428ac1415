namespace System.Collections.Generic
{
    public partial class List<T>
    {
        public Enumerator GetEnumerator() => new Enumerator(this);

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);

        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        /// <summary>Walks the list in index order; MoveNext throws InvalidOperationException once
        /// the list was changed after the enumerator was made.</summary>
        public struct Enumerator : IEnumerator<T>
        {
            private readonly List<T> _list;
            private readonly int _version;
            private int _index;
            private T _current;

            internal Enumerator(List<T> list)
            {
                _list = list;
                _version = list._version;
                _index = 0;
                _current = default;
            }

            public bool MoveNext()
            {
                if (_version != _list._version) ThrowHelper.ThrowVersionChanged();
                if ((uint)_index < (uint)_list._size)
                {
                    _current = _list._items[_index++];
                    return true;
                }
                _index = _list._size + 1;
                _current = default;
                return false;
            }

            public T Current => _current;

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || _index == _list._size + 1) ThrowHelper.ThrowEnumerationNotReady();
                    return _current;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _list._version) ThrowHelper.ThrowVersionChanged();
                _index = 0;
                _current = default;
            }

            public void Dispose() { }
        }
    }
}
