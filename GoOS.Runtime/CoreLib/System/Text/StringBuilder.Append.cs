namespace System.Text
{
    public sealed partial class StringBuilder
    {
        public StringBuilder Append(char value)
        {
            if (_length == _chars.Length) EnsureCapacity(_length + 1);
            _chars[_length++] = value;
            return this;
        }

        public StringBuilder Append(char value, int repeatCount)
        {
            if (repeatCount < 0) throw new ArgumentOutOfRangeException(nameof(repeatCount), "Count cannot be less than zero.");
            EnsureCapacity(_length + repeatCount);
            new Span<char>(_chars, _length, repeatCount).Fill(value);
            _length += repeatCount;
            return this;
        }

        public StringBuilder Append(ReadOnlySpan<char> value)
        {
            EnsureCapacity(_length + value.Length);
            value.CopyTo(new Span<char>(_chars, _length, value.Length));
            _length += value.Length;
            return this;
        }

        public StringBuilder Append(string value) => value == null ? this : Append(value.AsSpan());

        public StringBuilder Append(string value, int startIndex, int count)
        {
            if (value == null)
            {
                if (startIndex == 0 && count == 0) return this;
                throw new ArgumentNullException(nameof(value));
            }
            if (startIndex < 0 || count < 0 || startIndex > value.Length - count) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            return Append(value.AsSpan(startIndex, count));
        }

        public StringBuilder Append(char[] value) => value == null ? this : Append(new ReadOnlySpan<char>(value));

        public StringBuilder Append(char[] value, int startIndex, int charCount)
        {
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0) return this;
                throw new ArgumentNullException(nameof(value));
            }
            if (startIndex < 0 || charCount < 0 || startIndex > value.Length - charCount) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            return Append(new ReadOnlySpan<char>(value, startIndex, charCount));
        }

        public StringBuilder Append(StringBuilder value) => value == null ? this : Append(new ReadOnlySpan<char>(value._chars, 0, value._length));

        public StringBuilder Append(bool value) => Append(value.ToString());
        public StringBuilder Append(sbyte value) => Append(value.ToString());
        public StringBuilder Append(byte value) => Append(value.ToString());
        public StringBuilder Append(short value) => Append(value.ToString());
        public StringBuilder Append(ushort value) => Append(value.ToString());
        public StringBuilder Append(int value) => Append(value.ToString());
        public StringBuilder Append(uint value) => Append(value.ToString());
        public StringBuilder Append(long value) => Append(value.ToString());
        public StringBuilder Append(ulong value) => Append(value.ToString());
        public StringBuilder Append(float value) => Append(value.ToString());
        public StringBuilder Append(double value) => Append(value.ToString());
        public StringBuilder Append(object value) => value == null ? this : Append(value.ToString());

        public StringBuilder AppendLine() => Append('\n');

        public StringBuilder AppendLine(string value)
        {
            Append(value);
            return Append('\n');
        }

        public StringBuilder AppendFormat(string format, object arg0) => Append(StringAlgorithms.Format(null, format, new[] { arg0 }));
        public StringBuilder AppendFormat(string format, object arg0, object arg1) => Append(StringAlgorithms.Format(null, format, new[] { arg0, arg1 }));
        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2) => Append(StringAlgorithms.Format(null, format, new[] { arg0, arg1, arg2 }));

        public StringBuilder AppendFormat(string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException(nameof(args));
            return Append(StringAlgorithms.Format(null, format, args));
        }

        public StringBuilder AppendJoin(string separator, params string[] values)
        {
            if (values == null) throw new ArgumentNullException(nameof(values));
            return Append(StringAlgorithms.Join(separator.AsSpan(), values, 0, values.Length));
        }

        public StringBuilder Insert(int index, string value)
        {
            if ((uint)index > (uint)_length) throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (!string.IsNullOrEmpty(value)) value.AsSpan().CopyTo(MakeRoom(index, value.Length));
            return this;
        }

        public StringBuilder Insert(int index, char value)
        {
            if ((uint)index > (uint)_length) throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            MakeRoom(index, 1)[0] = value;
            return this;
        }

        public StringBuilder Insert(int index, int value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, long value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, bool value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, object value) => Insert(index, value?.ToString());
    }
}
