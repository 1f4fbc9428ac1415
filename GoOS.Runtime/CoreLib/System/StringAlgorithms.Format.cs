using System.Text;

namespace System
{
    internal static partial class StringAlgorithms
    {
        private const int MaxFormatNumber = 1_000_000;

        /// <summary>Composite formatting (String.Format, StringBuilder.AppendFormat): copies format,
        /// replacing each item {index[,alignment][:format]} with its argument and turning {{ and }}
        /// into single braces. Arguments that are IFormattable get the item's format; null ones
        /// print nothing; alignment pads on the left (positive) or right (negative).</summary>
        internal static string Format(IFormatProvider provider, string format, ReadOnlySpan<object> args)
        {
            var result = new ValueStringBuilder(stackalloc char[256]);
            AppendFormat(ref result, provider, format, args);
            return result.ToString();
        }

        internal static void AppendFormat(ref ValueStringBuilder result, IFormatProvider provider, string format, ReadOnlySpan<object> args)
        {
            if (format == null) throw new ArgumentNullException(nameof(format));
            int at = 0;
            while (at < format.Length)
            {
                char c = format[at++];
                if (c == '}')
                {
                    if (at == format.Length || format[at] != '}') throw BadFormat();
                    at++;
                    result.Append('}');
                    continue;
                }
                if (c != '{')
                {
                    result.Append(c);
                    continue;
                }
                if (at < format.Length && format[at] == '{')
                {
                    at++;
                    result.Append('{');
                    continue;
                }

                int index = ReadNumber(format, ref at);
                SkipSpaces(format, ref at);
                int alignment = 0;
                if (at < format.Length && format[at] == ',')
                {
                    at++;
                    SkipSpaces(format, ref at);
                    bool left = at < format.Length && format[at] == '-';
                    if (left) at++;
                    alignment = ReadNumber(format, ref at);
                    if (left) alignment = -alignment;
                    SkipSpaces(format, ref at);
                }
                string itemFormat = null;
                if (at < format.Length && format[at] == ':')
                {
                    int start = ++at;
                    while (at < format.Length && format[at] != '}')
                        if (format[at++] == '{') throw BadFormat();
                    if (at > start) itemFormat = format.Substring(start, at - start);
                }
                if (at == format.Length || format[at] != '}') throw BadFormat();
                at++;

                if (index >= args.Length) throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
                AppendAligned(ref result, FormatArgument(args[index], itemFormat, provider), alignment);
            }
        }

        /// <summary>The text of one argument: IFormattable with the format, else ToString; null is empty.</summary>
        internal static string FormatArgument(object value, string format, IFormatProvider provider)
        {
            if (value == null) return string.Empty;
            if (value is IFormattable formattable) return formattable.ToString(format, provider) ?? string.Empty;
            return value.ToString() ?? string.Empty;
        }

        /// <summary>Appends text padded with spaces to |alignment| characters: on the left when
        /// alignment is positive, on the right when negative.</summary>
        internal static void AppendAligned(ref ValueStringBuilder result, string text, int alignment)
        {
            int width = alignment < 0 ? -alignment : alignment;
            int padding = width - text.Length;
            if (alignment > 0) result.Append(' ', padding);
            result.Append(text);
            if (alignment < 0) result.Append(' ', padding);
        }

        private static int ReadNumber(string format, ref int at)
        {
            if (at == format.Length || format[at] < '0' || format[at] > '9') throw BadFormat();
            int value = 0;
            while (at < format.Length && format[at] >= '0' && format[at] <= '9')
            {
                value = value * 10 + (format[at++] - '0');
                if (value >= MaxFormatNumber) throw BadFormat();
            }
            return value;
        }

        private static void SkipSpaces(string format, ref int at)
        {
            while (at < format.Length && format[at] == ' ') at++;
        }

        private static FormatException BadFormat() => new FormatException("Input string was not in a correct format.");
    }
}
