using System.Globalization;

namespace System
{
    /// <summary>The 8-bit signed integer (sbyte). Formatting and parsing are invariant (see Number).</summary>
    public partial struct SByte : IComparable, IComparable<sbyte>, IEquatable<sbyte>, IFormattable
    {
        public const sbyte MaxValue = 127;
        public const sbyte MinValue = -128;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is sbyte other) return CompareTo(other);
            throw new ArgumentException("Object must be of type SByte.");
        }

        /// <summary>Negative, zero or positive; for this narrow type, the difference itself (as .NET).</summary>
        public int CompareTo(sbyte value) => _value - value;

        public override bool Equals(object obj) => obj is sbyte other && _value == other;

        public bool Equals(sbyte obj) => _value == obj;

        public override int GetHashCode() => _value;

        public override string ToString() => Number.FormatInt64(_value, 1, null);

        public string ToString(string format) => Number.FormatInt64(_value, 1, format);

        public string ToString(IFormatProvider provider) => ToString();

        public string ToString(string format, IFormatProvider provider) => Number.FormatInt64(_value, 1, format);

        public static sbyte Parse(string s) => Parse(s, NumberStyles.Integer);

        public static sbyte Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);

        public static sbyte Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

        public static sbyte Parse(string s, NumberStyles style) => unchecked((sbyte)Number.ParseInteger(s, style, 8, true, "SByte"));

        public static sbyte Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null) =>
            unchecked((sbyte)Number.ParseInteger(s, style, 8, true, "SByte"));

        public static bool TryParse(string s, out sbyte result) => TryParse(s.AsSpan(), NumberStyles.Integer, null, out result);

        public static bool TryParse(ReadOnlySpan<char> s, out sbyte result) => TryParse(s, NumberStyles.Integer, null, out result);

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out sbyte result) => TryParse(s.AsSpan(), style, provider, out result);

        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out sbyte result)
        {
            bool ok = Number.TryParseInteger(s, style, 8, true, out ulong bits) == Number.ParseStatus.Ok;
            result = ok ? unchecked((sbyte)bits) : default;
            return ok;
        }
    }
}
