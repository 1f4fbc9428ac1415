namespace System.Text
{
    /// <summary>A mutable string: one char array that doubles when full (no chunks, so
    /// Capacity reports that array's size, which differs from .NET's chunked growth).</summary>
    public sealed partial class StringBuilder
    {
        private const int DefaultCapacity = 16;

        private char[] _chars;
        private int _length;

        public StringBuilder() { _chars = new char[DefaultCapacity]; }

        public StringBuilder(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), "'capacity' must be greater than zero.");
            _chars = new char[capacity == 0 ? DefaultCapacity : capacity];
        }

        public StringBuilder(string value) : this(value, DefaultCapacity) { }

        public StringBuilder(string value, int capacity) : this(capacity)
        {
            Append(value);
        }

        public int Length
        {
            get => _length;
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "Length cannot be less than zero.");
                if (value > _length)
                {
                    EnsureCapacity(value);
                    new Span<char>(_chars, _length, value - _length).Clear();
                }
                _length = value;
            }
        }

        /// <summary>Size of the buffer; setting it below Length throws.</summary>
        public int Capacity
        {
            get => _chars.Length;
            set
            {
                if (value < _length) throw new ArgumentOutOfRangeException(nameof(value), "Capacity cannot be less than the current size.");
                if (value == _chars.Length) return;
                char[] chars = new char[value];
                new ReadOnlySpan<char>(_chars, 0, _length).CopyTo(chars);
                _chars = chars;
            }
        }

        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_length) throw new IndexOutOfRangeException();
                return _chars[index];
            }
            set
            {
                if ((uint)index >= (uint)_length) throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than the size of the collection.");
                _chars[index] = value;
            }
        }

        /// <summary>Grows the buffer to hold at least capacity characters; returns the new capacity.</summary>
        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), "'capacity' must be greater than zero.");
            if (capacity > _chars.Length)
            {
                int size = 2 * _chars.Length;
                Capacity = size > capacity ? size : capacity;
            }
            return _chars.Length;
        }

        public StringBuilder Clear()
        {
            _length = 0;
            return this;
        }

        public override string ToString() => new string(_chars, 0, _length);

        public string ToString(int startIndex, int length)
        {
            if (startIndex < 0 || length < 0 || startIndex > _length - length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "Index and length must refer to a location within the string.");
            return new string(_chars, startIndex, length);
        }

        /// <summary>Removes length characters from startIndex.</summary>
        public StringBuilder Remove(int startIndex, int length)
        {
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), "Length cannot be less than zero.");
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), "StartIndex cannot be less than zero.");
            if (length > _length - startIndex) throw new ArgumentOutOfRangeException(nameof(length), "Index was out of range. Must be non-negative and less than the size of the collection.");
            new ReadOnlySpan<char>(_chars, startIndex + length, _length - startIndex - length).CopyTo(new Span<char>(_chars, startIndex, _length - startIndex - length));
            _length -= length;
            return this;
        }

        public StringBuilder Replace(char oldChar, char newChar) => Replace(oldChar, newChar, 0, _length);

        public StringBuilder Replace(char oldChar, char newChar, int startIndex, int count)
        {
            CheckRange(startIndex, count);
            for (int i = startIndex; i < startIndex + count; i++)
                if (_chars[i] == oldChar) _chars[i] = newChar;
            return this;
        }

        public StringBuilder Replace(string oldValue, string newValue) => Replace(oldValue, newValue, 0, _length);

        /// <summary>Replaces every occurrence of oldValue that lies wholly within [startIndex,
        /// startIndex + count), left to right; a null newValue removes them.</summary>
        public StringBuilder Replace(string oldValue, string newValue, int startIndex, int count)
        {
            CheckRange(startIndex, count);
            if (oldValue == null) throw new ArgumentNullException(nameof(oldValue));
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.", nameof(oldValue));
            newValue ??= string.Empty;
            int end = startIndex + count;
            int at = startIndex;
            while (true)
            {
                int found = StringAlgorithms.IndexOf(new ReadOnlySpan<char>(_chars, at, end - at), oldValue.AsSpan(), false);
                if (found < 0) break;
                at += found;
                Remove(at, oldValue.Length);
                Insert(at, newValue);
                at += newValue.Length;
                end += newValue.Length - oldValue.Length;
            }
            return this;
        }

        private void CheckRange(int startIndex, int count)
        {
            if ((uint)startIndex > (uint)_length) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (count < 0 || startIndex > _length - count) throw new ArgumentOutOfRangeException(nameof(count), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
        }

        // Opens a gap of `length` characters at index and returns it for the caller to fill.
        private Span<char> MakeRoom(int index, int length)
        {
            EnsureCapacity(_length + length);
            new ReadOnlySpan<char>(_chars, index, _length - index).CopyTo(new Span<char>(_chars, index + length, _length - index));
            _length += length;
            return new Span<char>(_chars, index, length);
        }
    }
}
