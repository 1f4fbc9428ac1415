using System.Globalization;

namespace System
{
    /// <summary>The 8-bit unsigned integer (byte). Formatting and parsing are invariant (see Number).</summary>
    public partial struct Byte : IComparable, IComparable<byte>, IEquatable<byte>, IFormattable
    {
        public const byte MaxValue = 255;
        public const byte MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is byte other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Byte.");
        }

        /// <summary>Negative, zero or positive; for this narrow type, the difference itself (as .NET).</summary>
        public int CompareTo(byte value) => _value - value;

        public override bool Equals(object obj) => obj is byte other && _value == other;

        public bool Equals(byte obj) => _value == obj;

        public override int GetHashCode() => _value;

        public override string ToString() => Number.FormatUInt64(_value, null);

        public string ToString(string format) => Number.FormatUInt64(_value, format);

        public string ToString(IFormatProvider provider) => ToString();

        public string ToString(string format, IFormatProvider provider) => Number.FormatUInt64(_value, format);

        public static byte Parse(string s) => Parse(s, NumberStyles.Integer);

        public static byte Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);

        public static byte Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

        public static byte Parse(string s, NumberStyles style) => unchecked((byte)Number.ParseInteger(s, style, 8, false, "Byte"));

        public static byte Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null) =>
            unchecked((byte)Number.ParseInteger(s, style, 8, false, "Byte"));

        public static bool TryParse(string s, out byte result) => TryParse(s.AsSpan(), NumberStyles.Integer, null, out result);

        public static bool TryParse(ReadOnlySpan<char> s, out byte result) => TryParse(s, NumberStyles.Integer, null, out result);

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out byte result) => TryParse(s.AsSpan(), style, provider, out result);

        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out byte result)
        {
            bool ok = Number.TryParseInteger(s, style, 8, false, out ulong bits) == Number.ParseStatus.Ok;
            result = ok ? unchecked((byte)bits) : default;
            return ok;
        }
    }
}
