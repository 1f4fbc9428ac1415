using System.Globalization;

namespace System
{
    /// <summary>The 16-bit unsigned integer (ushort). Formatting and parsing are invariant (see Number).</summary>
    public partial struct UInt16 : IComparable, IComparable<ushort>, IEquatable<ushort>, IFormattable
    {
        public const ushort MaxValue = 65535;
        public const ushort MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is ushort other) return CompareTo(other);
            throw new ArgumentException("Object must be of type UInt16.");
        }

        /// <summary>Negative, zero or positive; for this narrow type, the difference itself (as .NET).</summary>
        public int CompareTo(ushort value) => _value - value;

        public override bool Equals(object obj) => obj is ushort other && _value == other;

        public bool Equals(ushort obj) => _value == obj;

        public override int GetHashCode() => _value;

        public override string ToString() => Number.FormatUInt64(_value, null);

        public string ToString(string format) => Number.FormatUInt64(_value, format);

        public string ToString(IFormatProvider provider) => ToString();

        public string ToString(string format, IFormatProvider provider) => Number.FormatUInt64(_value, format);

        public static ushort Parse(string s) => Parse(s, NumberStyles.Integer);

        public static ushort Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);

        public static ushort Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

        public static ushort Parse(string s, NumberStyles style) => unchecked((ushort)Number.ParseInteger(s, style, 16, false, "UInt16"));

        public static ushort Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null) =>
            unchecked((ushort)Number.ParseInteger(s, style, 16, false, "UInt16"));

        public static bool TryParse(string s, out ushort result) => TryParse(s.AsSpan(), NumberStyles.Integer, null, out result);

        public static bool TryParse(ReadOnlySpan<char> s, out ushort result) => TryParse(s, NumberStyles.Integer, null, out result);

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out ushort result) => TryParse(s.AsSpan(), style, provider, out result);

        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out ushort result)
        {
            bool ok = Number.TryParseInteger(s, style, 16, false, out ulong bits) == Number.ParseStatus.Ok;
            result = ok ? unchecked((ushort)bits) : default;
            return ok;
        }
    }
}
