namespace System
{
    /// <summary>Integer and sign arithmetic of .NET's Math (no transcendental functions yet).</summary>
    public static partial class Math
    {
        public static int Abs(int value)
        {
            if (value == int.MinValue) ThrowNegateMinimum();
            return value < 0 ? -value : value;
        }

        public static long Abs(long value)
        {
            if (value == long.MinValue) ThrowNegateMinimum();
            return value < 0 ? -value : value;
        }

        public static short Abs(short value)
        {
            if (value == short.MinValue) ThrowNegateMinimum();
            return value < 0 ? (short)-value : value;
        }

        public static sbyte Abs(sbyte value)
        {
            if (value == sbyte.MinValue) ThrowNegateMinimum();
            return value < 0 ? (sbyte)-value : value;
        }

        /// <summary>The value with its sign bit cleared (so -0 and negative NaNs become positive too).</summary>
        public static unsafe double Abs(double value)
        {
            long bits = *(long*)&value & long.MaxValue;
            return *(double*)&bits;
        }

        public static unsafe float Abs(float value)
        {
            int bits = *(int*)&value & int.MaxValue;
            return *(float*)&bits;
        }

        private static void ThrowNegateMinimum() =>
            throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");

        public static int Min(int a, int b) => a <= b ? a : b;
        public static uint Min(uint a, uint b) => a <= b ? a : b;
        public static long Min(long a, long b) => a <= b ? a : b;
        public static ulong Min(ulong a, ulong b) => a <= b ? a : b;
        public static short Min(short a, short b) => a <= b ? a : b;
        public static ushort Min(ushort a, ushort b) => a <= b ? a : b;
        public static byte Min(byte a, byte b) => a <= b ? a : b;
        public static sbyte Min(sbyte a, sbyte b) => a <= b ? a : b;
        public static nint Min(nint a, nint b) => a <= b ? a : b;
        public static nuint Min(nuint a, nuint b) => a <= b ? a : b;

        public static int Max(int a, int b) => a >= b ? a : b;
        public static uint Max(uint a, uint b) => a >= b ? a : b;
        public static long Max(long a, long b) => a >= b ? a : b;
        public static ulong Max(ulong a, ulong b) => a >= b ? a : b;
        public static short Max(short a, short b) => a >= b ? a : b;
        public static ushort Max(ushort a, ushort b) => a >= b ? a : b;
        public static byte Max(byte a, byte b) => a >= b ? a : b;
        public static sbyte Max(sbyte a, sbyte b) => a >= b ? a : b;
        public static nint Max(nint a, nint b) => a >= b ? a : b;
        public static nuint Max(nuint a, nuint b) => a >= b ? a : b;

        /// <summary>The smaller value; NaN if either is NaN, and -0 below +0, as .NET.</summary>
        public static double Min(double a, double b)
        {
            if (a != b)
            {
                if (double.IsNaN(a)) return a;
                if (double.IsNaN(b)) return b;
                return a < b ? a : b;
            }
            return double.IsNegative(b) ? b : a;
        }

        /// <summary>The larger value; NaN if either is NaN, and +0 above -0, as .NET.</summary>
        public static double Max(double a, double b)
        {
            if (a != b)
            {
                if (double.IsNaN(a)) return a;
                if (double.IsNaN(b)) return b;
                return a > b ? a : b;
            }
            return double.IsNegative(b) ? a : b;
        }

        public static float Min(float a, float b) => (float)Min((double)a, b);
        public static float Max(float a, float b) => (float)Max((double)a, b);

        public static int Clamp(int value, int min, int max)
        {
            if (min > max) ThrowMinMax(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static long Clamp(long value, long min, long max)
        {
            if (min > max) ThrowMinMax(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static uint Clamp(uint value, uint min, uint max)
        {
            if (min > max) ThrowMinMax(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static ulong Clamp(ulong value, ulong min, ulong max)
        {
            if (min > max) ThrowMinMax(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static double Clamp(double value, double min, double max)
        {
            if (min > max) ThrowMinMax(min, max);
            return value < min ? min : value > max ? max : value;
        }

        private static void ThrowMinMax<T>(T min, T max) =>
            throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");

        public static int Sign(int value) => (value >> 31) | (int)((uint)-value >> 31);
        public static int Sign(long value) => (int)(value >> 63) | (int)((ulong)-value >> 63);

        public static int Sign(double value)
        {
            if (value < 0) return -1;
            if (value > 0) return 1;
            if (value == 0) return 0;
            throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
        }

        public static int DivRem(int a, int b, out int result)
        {
            int quotient = a / b;
            result = a - quotient * b;
            return quotient;
        }

        public static long DivRem(long a, long b, out long result)
        {
            long quotient = a / b;
            result = a - quotient * b;
            return quotient;
        }

        public static (int Quotient, int Remainder) DivRem(int left, int right)
        {
            int quotient = left / right;
            return (quotient, left - quotient * right);
        }

        public static (long Quotient, long Remainder) DivRem(long left, long right)
        {
            long quotient = left / right;
            return (quotient, left - quotient * right);
        }

        public static (uint Quotient, uint Remainder) DivRem(uint left, uint right)
        {
            uint quotient = left / right;
            return (quotient, left - quotient * right);
        }

        public static (ulong Quotient, ulong Remainder) DivRem(ulong left, ulong right)
        {
            ulong quotient = left / right;
            return (quotient, left - quotient * right);
        }

        public static long BigMul(int a, int b) => (long)a * b;
    }
}
