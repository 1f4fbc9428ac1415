using System.Text;

namespace System
{
    /// <summary>Invariant formatting of integers and floating-point numbers with the standard
    /// format strings ("G", "D", "X", "B", "N", "F", "E", "P", each with an optional precision).
    /// Custom formats ("0.00", "#,##0") are not supported and throw FormatException. Portable:
    /// the host tests compile this file and compare it with .NET.</summary>
    internal static partial class Number
    {
        private const int MaxPrecision = 999_999_999;

        /// <summary>Formats a signed integer that occupies byteSize bytes (hex and binary show its
        /// two's complement in that many bytes).</summary>
        internal static string FormatInt64(long value, int byteSize, string format)
        {
            if (string.IsNullOrEmpty(format) && value >= 0) return FormatUInt64(unchecked((ulong)value), null);
            ParseFormat(format, out char kind, out int precision);
            if (IsRadixKind(kind))
            {
                ulong bits = unchecked((ulong)value);
                if (byteSize < 8) bits &= (1UL << (8 * byteSize)) - 1;
                return FormatRadix(bits, kind, precision);
            }
            bool negative = value < 0;
            ulong magnitude = negative ? unchecked((ulong)(-(value + 1))) + 1 : unchecked((ulong)value);
            return FormatInteger(magnitude, negative, kind, precision);
        }

        /// <summary>Formats an unsigned integer.</summary>
        internal static string FormatUInt64(ulong value, string format)
        {
            if (string.IsNullOrEmpty(format))
            {
                Span<char> digits = stackalloc char[20];
                int count = WriteDecimalDigits(value, digits);
                return new string(digits.Slice(20 - count));
            }
            ParseFormat(format, out char kind, out int precision);
            if (IsRadixKind(kind)) return FormatRadix(value, kind, precision);
            return FormatInteger(value, false, kind, precision);
        }

        private static bool IsRadixKind(char kind) => kind == 'X' || kind == 'x' || kind == 'B' || kind == 'b';

        // Splits a standard format string into its letter and precision (-1 when absent).
        private static void ParseFormat(string format, out char kind, out int precision)
        {
            precision = -1;
            if (string.IsNullOrEmpty(format))
            {
                kind = 'G';
                return;
            }
            kind = format[0];
            if (!((kind >= 'A' && kind <= 'Z') || (kind >= 'a' && kind <= 'z'))) throw UnsupportedFormat();
            if (format.Length == 1) return;
            long value = 0;
            for (int i = 1; i < format.Length; i++)
            {
                char c = format[i];
                if (c < '0' || c > '9') throw UnsupportedFormat();
                value = value * 10 + (c - '0');
                if (value > MaxPrecision) throw UnsupportedFormat();
            }
            precision = (int)value;
        }

        private static FormatException UnsupportedFormat() => new FormatException("Format specifier was invalid.");

        // Writes the decimal digits of value at the end of buffer (20 chars); returns how many.
        private static int WriteDecimalDigits(ulong value, Span<char> buffer)
        {
            int at = buffer.Length;
            do
            {
                ulong quotient = value / 10;
                buffer[--at] = (char)('0' + (int)(value - quotient * 10));
                value = quotient;
            } while (value != 0);
            return buffer.Length - at;
        }

        // "X"/"x" (hex) and "B"/"b" (binary) with precision as the minimum digit count.
        private static string FormatRadix(ulong bits, char kind, int precision)
        {
            bool hex = kind == 'X' || kind == 'x';
            int shift = hex ? 4 : 1;
            ulong mask = hex ? 0xFUL : 1UL;
            string alphabet = kind == 'x' ? "0123456789abcdef" : "0123456789ABCDEF";
            int count = 1;
            for (ulong rest = bits >> shift; rest != 0; rest >>= shift) count++;
            int width = precision > count ? precision : count;
            var text = new ValueStringBuilder(stackalloc char[72]);
            text.Append('0', width - count);
            for (int i = count - 1; i >= 0; i--) text.Append(alphabet[(int)((bits >> (i * shift)) & mask)]);
            return text.ToString();
        }

        // The decimal kinds for an integer: its digits are exact, its scale is their count.
        private static string FormatInteger(ulong magnitude, bool negative, char kind, int precision)
        {
            Span<char> buffer = stackalloc char[20];
            int count = WriteDecimalDigits(magnitude, buffer);
            Span<char> digits = buffer.Slice(20 - count);
            if (kind == 'D' || kind == 'd')
            {
                var text = new ValueStringBuilder(stackalloc char[64]);
                if (negative) text.Append('-');
                text.Append('0', precision - count);
                text.Append(digits);
                return text.ToString();
            }
            if ((kind == 'G' || kind == 'g') && precision <= 0) precision = count;
            int scale = count;
            if (magnitude == 0) count = 0;
            else while (count > 0 && digits[count - 1] == '0') count--;
            return FormatDigits(digits, count, scale, negative, kind, precision, 19);
        }

        /// <summary>Formats value = 0.d1d2...dcount × 10^scale by a standard format letter. The
        /// digits may be rounded in place. generalPrecision is the default precision of "G"
        /// (its switch point to exponent notation when no precision is given).</summary>
        private static string FormatDigits(Span<char> digits, int count, int scale, bool negative, char kind, int precision, int generalPrecision)
        {
            var text = new ValueStringBuilder(stackalloc char[128]);
            if (count == 0) scale = 0;
            switch (kind)
            {
                case 'G':
                case 'g':
                    if (precision <= 0) precision = generalPrecision;
                    count = Round(digits, count, ref scale, precision);
                    while (count > 0 && digits[count - 1] == '0') count--;
                    if (negative) text.Append('-');
                    if (count != 0 && (scale > precision || scale < -3))
                        AppendScientific(ref text, digits, count, scale, count - 1, kind == 'G' ? 'E' : 'e', 2);
                    else
                        AppendFixed(ref text, digits, count, scale, count > scale ? count - scale : 0, false);
                    break;
                case 'F':
                case 'f':
                case 'N':
                case 'n':
                    if (precision < 0) precision = 2;
                    count = Round(digits, count, ref scale, scale + precision);
                    if (negative) text.Append('-');
                    AppendFixed(ref text, digits, count, scale, precision, kind == 'N' || kind == 'n');
                    break;
                case 'P':
                case 'p':
                    if (precision < 0) precision = 2;
                    if (count > 0) scale += 2;
                    count = Round(digits, count, ref scale, scale + precision);
                    if (negative) text.Append('-');
                    AppendFixed(ref text, digits, count, scale, precision, true);
                    text.Append(" %");
                    break;
                case 'E':
                case 'e':
                    if (precision < 0) precision = 6;
                    count = Round(digits, count, ref scale, precision + 1);
                    if (negative) text.Append('-');
                    AppendScientific(ref text, digits, count, scale, precision, kind, 3);
                    break;
                default:
                    throw UnsupportedFormat();
            }
            return text.ToString();
        }

        // Rounds half away from zero to keep digits before position `keep` (counted from the
        // first digit); returns the new digit count. A carry out of the first digit makes the
        // digits "1" and raises the scale.
        private static int Round(Span<char> digits, int count, ref int scale, int keep)
        {
            if (keep >= count) return count;
            if (keep < 0) return 0;
            bool up = digits[keep] >= '5';
            count = keep;
            if (!up) return count;
            int i = count - 1;
            while (i >= 0 && digits[i] == '9') i--;
            if (i < 0)
            {
                digits[0] = '1';
                scale++;
                return 1;
            }
            digits[i]++;
            return i + 1;
        }

        // Integer part (grouped by thousands if asked), then `decimals` fraction digits.
        private static void AppendFixed(ref ValueStringBuilder text, Span<char> digits, int count, int scale, int decimals, bool grouped)
        {
            if (scale <= 0) text.Append('0');
            for (int i = 0; i < scale; i++)
            {
                if (grouped && i > 0 && (scale - i) % 3 == 0) text.Append(',');
                text.Append(i < count ? digits[i] : '0');
            }
            if (decimals <= 0) return;
            text.Append('.');
            for (int i = 0; i < decimals; i++)
            {
                int at = scale + i;
                text.Append(at >= 0 && at < count ? digits[at] : '0');
            }
        }

        // d.ddd followed by the exponent with a sign and at least minExponentDigits digits.
        private static void AppendScientific(ref ValueStringBuilder text, Span<char> digits, int count, int scale, int decimals, char exponentChar, int minExponentDigits)
        {
            text.Append(count > 0 ? digits[0] : '0');
            if (decimals > 0)
            {
                text.Append('.');
                for (int i = 1; i <= decimals; i++) text.Append(i < count ? digits[i] : '0');
            }
            int exponent = count == 0 ? 0 : scale - 1;
            text.Append(exponentChar);
            text.Append(exponent < 0 ? '-' : '+');
            Span<char> buffer = stackalloc char[20];
            int written = WriteDecimalDigits((ulong)(exponent < 0 ? -exponent : exponent), buffer);
            text.Append('0', minExponentDigits - written);
            text.Append(buffer.Slice(20 - written));
        }
    }
}
