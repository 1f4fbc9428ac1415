using System.Globalization;

namespace System
{
    /// <summary>The 32-bit unsigned integer (uint). Formatting and parsing are invariant (see Number).</summary>
    public partial struct UInt32 : IComparable, IComparable<uint>, IEquatable<uint>, IFormattable
    {
        public const uint MaxValue = 4294967295U;
        public const uint MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is uint other) return CompareTo(other);
            throw new ArgumentException("Object must be of type UInt32.");
        }

        public int CompareTo(uint value) => _value < value ? -1 : _value > value ? 1 : 0;

        public override bool Equals(object obj) => obj is uint other && _value == other;

        public bool Equals(uint obj) => _value == obj;

        public override int GetHashCode() => (int)_value;

        public override string ToString() => Number.FormatUInt64(_value, null);

        public string ToString(string format) => Number.FormatUInt64(_value, format);

        public string ToString(IFormatProvider provider) => ToString();

        public string ToString(string format, IFormatProvider provider) => Number.FormatUInt64(_value, format);

        public static uint Parse(string s) => Parse(s, NumberStyles.Integer);

        public static uint Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);

        public static uint Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

        public static uint Parse(string s, NumberStyles style) => unchecked((uint)Number.ParseInteger(s, style, 32, false, "UInt32"));

        public static uint Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null) =>
            unchecked((uint)Number.ParseInteger(s, style, 32, false, "UInt32"));

        public static bool TryParse(string s, out uint result) => TryParse(s.AsSpan(), NumberStyles.Integer, null, out result);

        public static bool TryParse(ReadOnlySpan<char> s, out uint result) => TryParse(s, NumberStyles.Integer, null, out result);

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out uint result) => TryParse(s.AsSpan(), style, provider, out result);

        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out uint result)
        {
            bool ok = Number.TryParseInteger(s, style, 32, false, out ulong bits) == Number.ParseStatus.Ok;
            result = ok ? unchecked((uint)bits) : default;
            return ok;
        }
    }
}
