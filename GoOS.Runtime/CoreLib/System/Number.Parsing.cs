using System.Globalization;

namespace System
{
    internal static partial class Number
    {
        internal enum ParseStatus
        {
            Ok,
            Format,
            Overflow,
        }

        /// <summary>Parses an integer of `bits` bits with the invariant rules of .NET: optional
        /// white space around it, a leading sign, trailing NULs; hex or binary digits when the
        /// style asks (then the digits are the two's complement bits). The whole text is checked
        /// before range, so a malformed long number is a Format failure, not an Overflow.</summary>
        internal static ParseStatus TryParseInteger(ReadOnlySpan<char> text, NumberStyles styles, int bits, bool signed, out ulong result)
        {
            result = 0;
            int i = 0;
            if ((styles & NumberStyles.AllowLeadingWhite) != 0)
                while (i < text.Length && IsWhite(text[i])) i++;

            int radixShift = (styles & NumberStyles.AllowHexSpecifier) != 0 ? 4 : (styles & NumberStyles.AllowBinarySpecifier) != 0 ? 1 : 0;
            bool negative = false;
            if (radixShift == 0 && (styles & NumberStyles.AllowLeadingSign) != 0 && i < text.Length && (text[i] == '-' || text[i] == '+'))
                negative = text[i++] == '-';

            ulong value = 0;
            bool overflow = false;
            int start = i;
            int significant = 0;
            for (; i < text.Length; i++)
            {
                int digit = DigitValue(text[i], radixShift);
                if (digit < 0) break;
                if (radixShift != 0)
                {
                    if (value != 0 || digit != 0) significant++;
                    value = (value << radixShift) | (uint)digit;
                }
                else if (value > (ulong.MaxValue - (uint)digit) / 10) overflow = true;
                else value = value * 10 + (uint)digit;
            }
            if (i == start) return ParseStatus.Format;

            if ((styles & NumberStyles.AllowTrailingWhite) != 0)
                while (i < text.Length && IsWhite(text[i])) i++;
            for (; i < text.Length; i++)
                if (text[i] != '\0') return ParseStatus.Format;

            ulong all = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
            if (radixShift != 0)
            {
                if (significant * radixShift > bits) return ParseStatus.Overflow;
                result = value;
                if (signed && bits < 64 && (value >> (bits - 1)) != 0) result |= ~all;
                return ParseStatus.Ok;
            }
            if (overflow) return ParseStatus.Overflow;
            if (!signed)
            {
                if (negative ? value != 0 : value > all) return ParseStatus.Overflow;
                result = value;
                return ParseStatus.Ok;
            }
            ulong limit = 1UL << (bits - 1);
            if (negative ? value > limit : value >= limit) return ParseStatus.Overflow;
            result = negative ? unchecked(0 - value) : value;
            return ParseStatus.Ok;
        }

        /// <summary>Parse for the integer types: throws what .NET throws on a bad input.</summary>
        internal static ulong ParseInteger(string text, NumberStyles styles, int bits, bool signed, string typeName)
        {
            if (text == null) throw new ArgumentNullException("s");
            return ParseInteger(text.AsSpan(), styles, bits, signed, typeName);
        }

        internal static ulong ParseInteger(ReadOnlySpan<char> text, NumberStyles styles, int bits, bool signed, string typeName)
        {
            ParseStatus status = TryParseInteger(text, styles, bits, signed, out ulong result);
            if (status == ParseStatus.Format) throw new FormatException("The input string '" + new string(text) + "' was not in a correct format.");
            if (status == ParseStatus.Overflow) throw new OverflowException("Value was either too large or too small for " + (typeName[0] == 'I' ? "an " : "a ") + typeName + ".");
            return result;
        }

        /// <summary>Boolean.TryParse: "True" or "False" in any case, with white space and NULs around it.</summary>
        internal static bool TryParseBoolean(ReadOnlySpan<char> text, out bool result)
        {
            int start = 0, end = text.Length;
            while (start < end && (IsWhite(text[start]) || text[start] == '\0')) start++;
            while (end > start && (IsWhite(text[end - 1]) || text[end - 1] == '\0')) end--;
            ReadOnlySpan<char> word = text.Slice(start, end - start);
            result = EqualsIgnoreAsciiCase(word, "True");
            return result || EqualsIgnoreAsciiCase(word, "False");
        }

        private static bool EqualsIgnoreAsciiCase(ReadOnlySpan<char> text, string word)
        {
            if (text.Length != word.Length) return false;
            for (int i = 0; i < text.Length; i++)
                if ((text[i] | 0x20) != (word[i] | 0x20)) return false;
            return true;
        }

        // White space as number parsing knows it: tab through carriage return, and space.
        private static bool IsWhite(char c) => c == ' ' || (c >= '\t' && c <= '\r');

        private static int DigitValue(char c, int radixShift)
        {
            if (radixShift == 1) return c == '0' || c == '1' ? c - '0' : -1;
            if (c >= '0' && c <= '9') return c - '0';
            if (radixShift != 4) return -1;
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }
    }
}
