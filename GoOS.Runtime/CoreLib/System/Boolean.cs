namespace System
{
    /// <summary>The Boolean value type (bool); prints and parses as "True" and "False".</summary>
    public partial struct Boolean : IComparable, IComparable<bool>, IEquatable<bool>
    {
        public static readonly string TrueString = "True";
        public static readonly string FalseString = "False";

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is bool other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Boolean.");
        }

        public int CompareTo(bool value) => _value == value ? 0 : _value ? 1 : -1;

        public override bool Equals(object obj) => obj is bool other && _value == other;

        public bool Equals(bool obj) => _value == obj;

        public override int GetHashCode() => _value ? 1 : 0;

        public override string ToString() => _value ? "True" : "False";

        public string ToString(IFormatProvider provider) => ToString();

        public static bool Parse(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            return Parse(value.AsSpan());
        }

        public static bool Parse(ReadOnlySpan<char> value)
        {
            if (!Number.TryParseBoolean(value, out bool result))
                throw new FormatException("String '" + new string(value) + "' was not recognized as a valid Boolean.");
            return result;
        }

        public static bool TryParse(string value, out bool result) => Number.TryParseBoolean(value.AsSpan(), out result);

        public static bool TryParse(ReadOnlySpan<char> value, out bool result) => Number.TryParseBoolean(value, out result);
    }
}
