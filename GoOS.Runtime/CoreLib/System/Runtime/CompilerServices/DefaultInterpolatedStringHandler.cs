namespace System.Runtime.CompilerServices
{
    /// <summary>Builds the string of an interpolated string expression ($"..."): the C# compiler
    /// lowers each literal part to AppendLiteral and each hole to AppendFormatted, then calls
    /// ToStringAndClear. Holes format like composite formatting: IFormattable values get the
    /// hole's format, alignment pads with spaces.</summary>
    [InterpolatedStringHandler]
    public ref struct DefaultInterpolatedStringHandler
    {
        private readonly IFormatProvider _provider;
        private char[] _chars;
        private int _length;

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount)
        {
            _provider = null;
            _chars = new char[literalLength + 11 * formattedCount + 1];
            _length = 0;
        }

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount, IFormatProvider provider)
            : this(literalLength, formattedCount)
        {
            _provider = provider;
        }

        public void AppendLiteral(string value) => Append(value.AsSpan());

        public void AppendFormatted<T>(T value) => AppendFormatted(value, 0, null);

        public void AppendFormatted<T>(T value, string format) => AppendFormatted(value, 0, format);

        public void AppendFormatted<T>(T value, int alignment) => AppendFormatted(value, alignment, null);

        public void AppendFormatted<T>(T value, int alignment, string format)
        {
            string text;
            if (value is IFormattable formattable) text = formattable.ToString(format, _provider);
            else text = value?.ToString();
            AppendAligned((text ?? string.Empty).AsSpan(), alignment);
        }

        public void AppendFormatted(ReadOnlySpan<char> value) => Append(value);

        public void AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string format = null) => AppendAligned(value, alignment);

        public void AppendFormatted(string value) => Append(value.AsSpan());

        public void AppendFormatted(string value, int alignment = 0, string format = null) => AppendAligned(value.AsSpan(), alignment);

        public void AppendFormatted(object value, int alignment = 0, string format = null) => AppendFormatted<object>(value, alignment, format);

        /// <summary>The text built so far; the handler is empty afterwards.</summary>
        public string ToStringAndClear()
        {
            string result = new string(_chars, 0, _length);
            _chars = null;
            _length = 0;
            return result;
        }

        public override string ToString() => new string(_chars, 0, _length);

        private void AppendAligned(ReadOnlySpan<char> text, int alignment)
        {
            int width = alignment < 0 ? -alignment : alignment;
            int padding = width - text.Length;
            if (alignment > 0) AppendSpaces(padding);
            Append(text);
            if (alignment < 0) AppendSpaces(padding);
        }

        private void AppendSpaces(int count)
        {
            if (count <= 0) return;
            Reserve(count);
            new Span<char>(_chars, _length, count).Fill(' ');
            _length += count;
        }

        private void Append(ReadOnlySpan<char> text)
        {
            Reserve(text.Length);
            text.CopyTo(new Span<char>(_chars, _length, text.Length));
            _length += text.Length;
        }

        private void Reserve(int additional)
        {
            if (_chars.Length - _length >= additional) return;
            int capacity = 2 * _chars.Length;
            if (capacity < _length + additional) capacity = _length + additional;
            char[] chars = new char[capacity];
            new ReadOnlySpan<char>(_chars, 0, _length).CopyTo(chars);
            _chars = chars;
        }
    }
}
