using System.Globalization;

namespace System
{
    /// <summary>The 16-bit signed integer (short). Formatting and parsing are invariant (see Number).</summary>
    public partial struct Int16 : IComparable, IComparable<short>, IEquatable<short>, IFormattable
    {
        public const short MaxValue = 32767;
        public const short MinValue = -32768;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is short other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Int16.");
        }

        /// <summary>Negative, zero or positive; for this narrow type, the difference itself (as .NET).</summary>
        public int CompareTo(short value) => _value - value;

        public override bool Equals(object obj) => obj is short other && _value == other;

        public bool Equals(short obj) => _value == obj;

        public override int GetHashCode() => _value;

        public override string ToString() => Number.FormatInt64(_value, 2, null);

        public string ToString(string format) => Number.FormatInt64(_value, 2, format);

        public string ToString(IFormatProvider provider) => ToString();

        public string ToString(string format, IFormatProvider provider) => Number.FormatInt64(_value, 2, format);

        public static short Parse(string s) => Parse(s, NumberStyles.Integer);

        public static short Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);

        public static short Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

        public static short Parse(string s, NumberStyles style) => unchecked((short)Number.ParseInteger(s, style, 16, true, "Int16"));

        public static short Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null) =>
            unchecked((short)Number.ParseInteger(s, style, 16, true, "Int16"));

        public static bool TryParse(string s, out short result) => TryParse(s.AsSpan(), NumberStyles.Integer, null, out result);

        public static bool TryParse(ReadOnlySpan<char> s, out short result) => TryParse(s, NumberStyles.Integer, null, out result);

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out short result) => TryParse(s.AsSpan(), style, provider, out result);

        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out short result)
        {
            bool ok = Number.TryParseInteger(s, style, 16, true, out ulong bits) == Number.ParseStatus.Ok;
            result = ok ? unchecked((short)bits) : default;
            return ok;
        }
    }
}
