namespace System
{
    // Comparison, equality and formatting of native-sized integers (nint, nuint).
    public unsafe partial struct IntPtr : IComparable, IComparable<nint>, IEquatable<nint>, IFormattable
    {
        public static nint MaxValue => unchecked((nint)long.MaxValue);
        public static nint MinValue => unchecked((nint)long.MinValue);

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is nint other) return CompareTo(other);
            throw new ArgumentException("Object must be of type IntPtr.");
        }

        public int CompareTo(nint value) => (long)_value < value ? -1 : (long)_value > value ? 1 : 0;

        public bool Equals(nint other) => (nint)_value == other;

        public override string ToString() => Number.FormatInt64((long)_value, sizeof(nint), null);
        public string ToString(string format) => Number.FormatInt64((long)_value, sizeof(nint), format);
        public string ToString(string format, IFormatProvider provider) => ToString(format);
    }

    public unsafe partial struct UIntPtr : IComparable, IComparable<nuint>, IEquatable<nuint>, IFormattable
    {
        public static nuint MaxValue => unchecked((nuint)ulong.MaxValue);
        public static nuint MinValue => 0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is nuint other) return CompareTo(other);
            throw new ArgumentException("Object must be of type UIntPtr.");
        }

        public int CompareTo(nuint value) => (ulong)_value < value ? -1 : (ulong)_value > value ? 1 : 0;

        public bool Equals(nuint other) => (nuint)_value == other;

        public override string ToString() => Number.FormatUInt64((ulong)_value, null);
        public string ToString(string format) => Number.FormatUInt64((ulong)_value, format);
        public string ToString(string format, IFormatProvider provider) => ToString(format);
    }
}
