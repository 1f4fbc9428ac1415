using System.Globalization;

namespace System
{
    /// <summary>The 32-bit signed integer (int). Formatting and parsing are invariant (see Number).</summary>
    public partial struct Int32 : IComparable, IComparable<int>, IEquatable<int>, IFormattable
    {
        public const int MaxValue = 2147483647;
        public const int MinValue = unchecked((int)0x80000000);

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is int other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Int32.");
        }

        public int CompareTo(int value) => _value < value ? -1 : _value > value ? 1 : 0;

        public override bool Equals(object obj) => obj is int other && _value == other;

        public bool Equals(int obj) => _value == obj;

        public override int GetHashCode() => _value;

        public override string ToString() => Number.FormatInt64(_value, 4, null);

        public string ToString(string format) => Number.FormatInt64(_value, 4, format);

        public string ToString(IFormatProvider provider) => ToString();

        public string ToString(string format, IFormatProvider provider) => Number.FormatInt64(_value, 4, format);

        public static int Parse(string s) => Parse(s, NumberStyles.Integer);

        public static int Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);

        public static int Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

        public static int Parse(string s, NumberStyles style) => unchecked((int)Number.ParseInteger(s, style, 32, true, "Int32"));

        public static int Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null) =>
            unchecked((int)Number.ParseInteger(s, style, 32, true, "Int32"));

        public static bool TryParse(string s, out int result) => TryParse(s.AsSpan(), NumberStyles.Integer, null, out result);

        public static bool TryParse(ReadOnlySpan<char> s, out int result) => TryParse(s, NumberStyles.Integer, null, out result);

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out int result) => TryParse(s.AsSpan(), style, provider, out result);

        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out int result)
        {
            bool ok = Number.TryParseInteger(s, style, 32, true, out ulong bits) == Number.ParseStatus.Ok;
            result = ok ? unchecked((int)bits) : default;
            return ok;
        }
    }
}
