using System.Globalization;

namespace System
{
    /// <summary>The 64-bit unsigned integer (ulong). Formatting and parsing are invariant (see Number).</summary>
    public partial struct UInt64 : IComparable, IComparable<ulong>, IEquatable<ulong>, IFormattable
    {
        public const ulong MaxValue = 18446744073709551615UL;
        public const ulong MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is ulong other) return CompareTo(other);
            throw new ArgumentException("Object must be of type UInt64.");
        }

        public int CompareTo(ulong value) => _value < value ? -1 : _value > value ? 1 : 0;

        public override bool Equals(object obj) => obj is ulong other && _value == other;

        public bool Equals(ulong obj) => _value == obj;

        public override int GetHashCode() => (int)_value ^ (int)(_value >> 32);

        public override string ToString() => Number.FormatUInt64(_value, null);

        public string ToString(string format) => Number.FormatUInt64(_value, format);

        public string ToString(IFormatProvider provider) => ToString();

        public string ToString(string format, IFormatProvider provider) => Number.FormatUInt64(_value, format);

        public static ulong Parse(string s) => Parse(s, NumberStyles.Integer);

        public static ulong Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);

        public static ulong Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

        public static ulong Parse(string s, NumberStyles style) => unchecked((ulong)Number.ParseInteger(s, style, 64, false, "UInt64"));

        public static ulong Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null) =>
            unchecked((ulong)Number.ParseInteger(s, style, 64, false, "UInt64"));

        public static bool TryParse(string s, out ulong result) => TryParse(s.AsSpan(), NumberStyles.Integer, null, out result);

        public static bool TryParse(ReadOnlySpan<char> s, out ulong result) => TryParse(s, NumberStyles.Integer, null, out result);

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out ulong result) => TryParse(s.AsSpan(), style, provider, out result);

        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out ulong result)
        {
            bool ok = Number.TryParseInteger(s, style, 64, false, out ulong bits) == Number.ParseStatus.Ok;
            result = ok ? unchecked((ulong)bits) : default;
            return ok;
        }
    }
}
