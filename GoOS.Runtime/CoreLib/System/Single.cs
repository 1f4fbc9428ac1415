namespace System
{
    /// <summary>The 32-bit IEEE 754 number (float). ToString prints the shortest digits that
    /// round-trip, as .NET does. No Parse yet.</summary>
    public partial struct Single : IComparable, IComparable<float>, IEquatable<float>, IFormattable
    {
        public const float MinValue = -3.40282347E+38f;
        public const float MaxValue = 3.40282347E+38f;
        public const float Epsilon = 1.401298E-45f;
        public const float NegativeInfinity = -1.0f / 0.0f;
        public const float PositiveInfinity = 1.0f / 0.0f;
        public const float NaN = 0.0f / 0.0f;

#pragma warning disable CS1718 // NaN is the only value unequal to itself.
        public static bool IsNaN(float f) => f != f;
#pragma warning restore CS1718
        public static bool IsInfinity(float f) => f == PositiveInfinity || f == NegativeInfinity;
        public static bool IsPositiveInfinity(float f) => f == PositiveInfinity;
        public static bool IsNegativeInfinity(float f) => f == NegativeInfinity;
        public static bool IsFinite(float f) => !IsNaN(f) && !IsInfinity(f);
        public static unsafe bool IsNegative(float f) => *(int*)&f < 0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is float other) return CompareTo(other);
            throw new ArgumentException("Object must be of type Single.");
        }

        /// <summary>Total order with NaN below every number and equal to itself, as .NET.</summary>
        public int CompareTo(float value)
        {
            if (_value < value) return -1;
            if (_value > value) return 1;
            if (_value == value) return 0;
            return IsNaN(_value) ? (IsNaN(value) ? 0 : -1) : 1;
        }

        public override bool Equals(object obj) => obj is float other && Equals(other);

        public bool Equals(float obj) => _value == obj || (IsNaN(_value) && IsNaN(obj));

        /// <summary>Hash of the bits, with every NaN and both zeros hashing alike.</summary>
        public override unsafe int GetHashCode()
        {
            float value = _value;
            int bits = *(int*)&value;
            if (IsNaN(value) || value == 0) bits &= 0x7F800000;
            return bits;
        }

        public override string ToString() => Number.FormatDouble(_value, null, true);
        public string ToString(string format) => Number.FormatDouble(_value, format, true);
        public string ToString(IFormatProvider provider) => ToString();
        public string ToString(string format, IFormatProvider provider) => ToString(format);
    }
}
