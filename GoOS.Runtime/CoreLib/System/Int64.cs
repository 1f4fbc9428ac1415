using System.Globalization;

namespace System
{
    /// <summary>The 64-bit signed integer (long). Formatting and parsing are invariant (see Number).</summary>
    public partial struct Int64 : IComparable, IComparable<long>, IEquatable<long>, IFormattable
    {
        public const long MaxValue = 9223372036854775807L;
        public const long MinValue = unchecked((long)0x8000000000000000);

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is long other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Int64.");
        }

        public int CompareTo(long value) => _value < value ? -1 : _value > value ? 1 : 0;

        public override bool Equals(object obj) => obj is long other && _value == other;

        public bool Equals(long obj) => _value == obj;

        public override int GetHashCode() => (int)_value ^ (int)(_value >> 32);

        public override string ToString() => Number.FormatInt64(_value, 8, null);

        public string ToString(string format) => Number.FormatInt64(_value, 8, format);

        public string ToString(IFormatProvider provider) => ToString();

        public string ToString(string format, IFormatProvider provider) => Number.FormatInt64(_value, 8, format);

        public static long Parse(string s) => Parse(s, NumberStyles.Integer);

        public static long Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);

        public static long Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

        public static long Parse(string s, NumberStyles style) => unchecked((long)Number.ParseInteger(s, style, 64, true, "Int64"));

        public static long Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null) =>
            unchecked((long)Number.ParseInteger(s, style, 64, true, "Int64"));

        public static bool TryParse(string s, out long result) => TryParse(s.AsSpan(), NumberStyles.Integer, null, out result);

        public static bool TryParse(ReadOnlySpan<char> s, out long result) => TryParse(s, NumberStyles.Integer, null, out result);

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out long result) => TryParse(s.AsSpan(), style, provider, out result);

        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out long result)
        {
            bool ok = Number.TryParseInteger(s, style, 64, true, out ulong bits) == Number.ParseStatus.Ok;
            result = ok ? unchecked((long)bits) : default;
            return ok;
        }
    }
}
