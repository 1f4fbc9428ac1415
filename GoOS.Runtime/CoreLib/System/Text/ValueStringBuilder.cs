namespace System.Text
{
    /// <summary>A string under construction in a caller-provided buffer (usually stackalloc'd),
    /// moving to a heap array only if it outgrows it. For formatting code that must not
    /// allocate more than the final string.</summary>
    internal ref struct ValueStringBuilder
    {
        private Span<char> _chars;
        private int _length;

        public ValueStringBuilder(Span<char> initialBuffer)
        {
            _chars = initialBuffer;
            _length = 0;
        }

        public int Length => _length;

        public ReadOnlySpan<char> AsSpan() => _chars.Slice(0, _length);

        public void Append(char c)
        {
            if (_length == _chars.Length) Grow(1);
            _chars[_length++] = c;
        }

        public void Append(char c, int count)
        {
            if (count <= 0) return;
            if (_length > _chars.Length - count) Grow(count);
            _chars.Slice(_length, count).Fill(c);
            _length += count;
        }

        public void Append(scoped ReadOnlySpan<char> text)
        {
            if (_length > _chars.Length - text.Length) Grow(text.Length);
            text.CopyTo(_chars.Slice(_length));
            _length += text.Length;
        }

        public void Append(string text)
        {
            if (text != null) Append(text.AsSpan());
        }

        public override string ToString() => new string(AsSpan());

        private void Grow(int additional)
        {
            int capacity = 2 * _chars.Length;
            if (capacity < _length + additional) capacity = _length + additional;
            if (capacity < 64) capacity = 64;
            var chars = new char[capacity];
            _chars.Slice(0, _length).CopyTo(chars);
            _chars = chars;
        }
    }
}
