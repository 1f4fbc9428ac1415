namespace System
{
    /// <summary>The 64-bit IEEE 754 number (double). ToString is invariant; see
    /// Number.FormatDouble for what it prints differently from .NET. No Parse yet.</summary>
    public partial struct Double : IComparable, IComparable<double>, IEquatable<double>, IFormattable
    {
        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.9406564584124654E-324;
        public const double NegativeInfinity = -1.0 / 0.0;
        public const double PositiveInfinity = 1.0 / 0.0;
        public const double NaN = 0.0 / 0.0;

#pragma warning disable CS1718 // NaN is the only value unequal to itself.
        public static bool IsNaN(double d) => d != d;
#pragma warning restore CS1718
        public static bool IsInfinity(double d) => d == PositiveInfinity || d == NegativeInfinity;
        public static bool IsPositiveInfinity(double d) => d == PositiveInfinity;
        public static bool IsNegativeInfinity(double d) => d == NegativeInfinity;
        public static bool IsFinite(double d) => !IsNaN(d) && !IsInfinity(d);
        public static unsafe bool IsNegative(double d) => *(long*)&d < 0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is double other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Double.");
        }

        /// <summary>Total order with NaN below every number and equal to itself, as .NET.</summary>
        public int CompareTo(double value)
        {
            if (_value < value) return -1;
            if (_value > value) return 1;
            if (_value == value) return 0;
            return IsNaN(_value) ? (IsNaN(value) ? 0 : -1) : 1;
        }

        public override bool Equals(object obj) => obj is double other && Equals(other);

        public bool Equals(double obj) => _value == obj || (IsNaN(_value) && IsNaN(obj));

        /// <summary>Hash of the bits, with every NaN and both zeros hashing alike.</summary>
        public override unsafe int GetHashCode()
        {
            double value = _value;
            long bits = *(long*)&value;
            if (IsNaN(value) || value == 0) bits &= 0x7FF0000000000000;
            return (int)bits ^ (int)(bits >> 32);
        }

        public override string ToString() => Number.FormatDouble(_value, null, false);
        public string ToString(string format) => Number.FormatDouble(_value, format, false);
        public string ToString(IFormatProvider provider) => ToString();
        public string ToString(string format, IFormatProvider provider) => ToString(format);
    }
}
