namespace System
{
    internal static partial class Number
    {
        private const int DoubleDigits = 15;

        /// <summary>Formats a double or (isSingle) a float. Default and "R" print the shortest
        /// digits for floats; for doubles they print integral values up to 2^53 exactly and
        /// everything else with at most 15 significant digits, so a double that needs 16 or 17
        /// digits to round-trip (0.1 + 0.2) prints shorter than on .NET. The other formats round
        /// those digits, not the exact binary value: 5293.15 (really 5293.1499...) gives
        /// "5293.2" with "F1" where .NET gives "5293.1".</summary>
        internal static string FormatDouble(double value, string format, bool isSingle)
        {
            if (double.IsNaN(value)) return "NaN";
            if (value == double.PositiveInfinity) return "Infinity";
            if (value == double.NegativeInfinity) return "-Infinity";
            ParseFormat(format, out char kind, out int precision);
            if (kind == 'R' || kind == 'r')
            {
                kind = 'G';
                precision = -1;
            }
            bool negative = BitConverterBits(value) < 0;
            if (negative) value = -value;
            Span<char> digits = stackalloc char[24];
            int scale = 0;
            int count = value == 0 ? 0 : ShortestDigits(value, isSingle, digits, out scale);
            return FormatDigits(digits, count, scale, negative, kind, precision, isSingle ? 9 : 17);
        }

        private static unsafe long BitConverterBits(double value) => *(long*)&value;

        // Digits (trailing zeros trimmed) and scale of a positive finite value.
        private static int ShortestDigits(double value, bool isSingle, Span<char> digits, out int scale)
        {
            // Integers up to 2^53 (2^24 for floats) are exact and their neighbours are at most 1
            // away, so all their digits are needed and suffice.
            if (value <= (isSingle ? 16777216.0 : 9007199254740992.0) && value == (double)(long)value)
            {
                Span<char> buffer = stackalloc char[20];
                int written = WriteDecimalDigits((ulong)value, buffer);
                buffer.Slice(20 - written).CopyTo(digits);
                scale = written;
                return TrimZeros(digits, written);
            }
            if (!isSingle) return SignificantDigits(value, DoubleDigits, digits, out scale);
            int count = 0;
            scale = 0;
            for (int wanted = 1; wanted <= 9; wanted++)
            {
                count = SignificantDigits(value, wanted, digits, out scale);
                if ((float)Reconstruct(digits, count, scale) == (float)value) break;
            }
            return count;
        }

        // The value rounded to `wanted` significant digits, computed by scaling with powers of
        // ten in double arithmetic; exact enough for up to 15 digits.
        private static int SignificantDigits(double value, int wanted, Span<char> digits, out int scale)
        {
            long bits = BitConverterBits(value);
            int binaryExponent = (int)((bits >> 52) & 0x7FF) - 1023;
            if (binaryExponent == -1023) binaryExponent = -1074 + 52;
            int decimalExponent = (int)(binaryExponent * 0.30102999566398120);
            if (binaryExponent < 0) decimalExponent--;
            double low = PowerOfTen(wanted - 1), high = PowerOfTen(wanted);
            double scaled = ScaleByPowerOfTen(value, wanted - 1 - decimalExponent);
            while (scaled >= high - 0.5)
            {
                decimalExponent++;
                scaled = ScaleByPowerOfTen(value, wanted - 1 - decimalExponent);
            }
            while (scaled < low - 0.5)
            {
                decimalExponent--;
                scaled = ScaleByPowerOfTen(value, wanted - 1 - decimalExponent);
            }
            // Round half to even: an exact tie between two shortest candidates takes the even one, as .NET does.
            ulong mantissa = (ulong)scaled;
            double fraction = scaled - mantissa;
            if (fraction > 0.5 || (fraction == 0.5 && (mantissa & 1) != 0)) mantissa++;
            Span<char> buffer = stackalloc char[20];
            int written = WriteDecimalDigits(mantissa, buffer);
            buffer.Slice(20 - written).CopyTo(digits);
            scale = decimalExponent + 1;
            return TrimZeros(digits, written);
        }

        private static int TrimZeros(Span<char> digits, int count)
        {
            while (count > 0 && digits[count - 1] == '0') count--;
            return count;
        }

        private static double Reconstruct(Span<char> digits, int count, int scale)
        {
            long mantissa = 0;
            for (int i = 0; i < count; i++) mantissa = mantissa * 10 + (digits[i] - '0');
            return ScaleByPowerOfTen(mantissa, scale - count);
        }

        // value × 10^exponent, in steps of 10^22 (the largest power of ten a double holds exactly).
        private static double ScaleByPowerOfTen(double value, int exponent)
        {
            if (exponent >= 0)
            {
                for (; exponent > 22; exponent -= 22) value *= 1e22;
                return value * PowerOfTen(exponent);
            }
            for (exponent = -exponent; exponent > 22; exponent -= 22) value /= 1e22;
            return value / PowerOfTen(exponent);
        }

        // 10^exponent for 0 <= exponent <= 22, exact.
        private static double PowerOfTen(int exponent)
        {
            double result = 1;
            for (int i = 0; i < exponent; i++) result *= 10;
            return result;
        }
    }
}
