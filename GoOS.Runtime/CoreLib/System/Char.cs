namespace System
{
    /// <summary>A UTF-16 code unit (char). The classification and case helpers know Latin-1
    /// only (see CharInfo): above U+00FF nothing is a letter, digit or space, and case
    /// mapping leaves the character unchanged.</summary>
    public partial struct Char : IComparable, IComparable<char>, IEquatable<char>
    {
        public const char MaxValue = (char)0xFFFF;
        public const char MinValue = (char)0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is char other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Char.");
        }

        /// <summary>The difference of the two code units, as .NET returns it.</summary>
        public int CompareTo(char value) => _value - value;

        public override bool Equals(object obj) => obj is char other && _value == other;

        public bool Equals(char obj) => _value == obj;

        public override int GetHashCode() => _value | (_value << 16);

        public override string ToString() => new string(_value, 1);

        public string ToString(IFormatProvider provider) => ToString();

        public static string ToString(char c) => new string(c, 1);

        public static char Parse(string s)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            if (s.Length != 1) throw new FormatException("String must be exactly one character long.");
            return s[0];
        }

        public static bool TryParse(string s, out char result)
        {
            bool ok = s != null && s.Length == 1;
            result = ok ? s[0] : '\0';
            return ok;
        }

        public static bool IsDigit(char c) => CharInfo.IsDigit(c);
        public static bool IsLetter(char c) => CharInfo.IsLetter(c);
        public static bool IsLetterOrDigit(char c) => CharInfo.IsLetter(c) || CharInfo.IsDigit(c);
        public static bool IsWhiteSpace(char c) => CharInfo.IsWhiteSpace(c);
        public static bool IsUpper(char c) => CharInfo.IsUpper(c);
        public static bool IsLower(char c) => CharInfo.IsLower(c);
        public static bool IsControl(char c) => CharInfo.IsControl(c);
        public static bool IsPunctuation(char c) => CharInfo.IsPunctuation(c);
        public static bool IsSymbol(char c) => CharInfo.IsSymbol(c);
        public static bool IsNumber(char c) => CharInfo.IsDigit(c) || c == '\u00B2' || c == '\u00B3' || c == '\u00B9' || (c >= '\u00BC' && c <= '\u00BE');
        public static bool IsAscii(char c) => c <= '\u007F';
        public static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';
        public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
        public static bool IsAsciiLetterUpper(char c) => c >= 'A' && c <= 'Z';
        public static bool IsAsciiLetterLower(char c) => c >= 'a' && c <= 'z';
        public static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);
        public static bool IsAsciiHexDigit(char c) => IsAsciiDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';
        public static bool IsHighSurrogate(char c) => c >= '\uD800' && c <= '\uDBFF';
        public static bool IsLowSurrogate(char c) => c >= '\uDC00' && c <= '\uDFFF';
        public static bool IsSurrogate(char c) => c >= '\uD800' && c <= '\uDFFF';

        public static bool IsDigit(string s, int index) => IsDigit(CharAt(s, index));
        public static bool IsLetter(string s, int index) => IsLetter(CharAt(s, index));
        public static bool IsWhiteSpace(string s, int index) => IsWhiteSpace(CharAt(s, index));

        private static char CharAt(string s, int index)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException(nameof(index));
            return s[index];
        }

        public static char ToUpper(char c) => CharInfo.ToUpper(c);
        public static char ToLower(char c) => CharInfo.ToLower(c);
        public static char ToUpperInvariant(char c) => CharInfo.ToUpper(c);
        public static char ToLowerInvariant(char c) => CharInfo.ToLower(c);
    }
}
