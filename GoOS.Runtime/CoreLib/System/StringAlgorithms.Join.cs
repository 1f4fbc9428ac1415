using System.Collections.Generic;
using System.Text;

namespace System
{
    internal static partial class StringAlgorithms
    {
        /// <summary>String.Join over value[startIndex .. startIndex + count); null items count as empty.</summary>
        internal static string Join(ReadOnlySpan<char> separator, string[] value, int startIndex, int count)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), "StartIndex cannot be less than zero.");
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), "Count cannot be less than zero.");
            if (startIndex > value.Length - count) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index and count must refer to a location within the buffer.");
            if (count == 1) return value[startIndex] ?? string.Empty;
            var result = new ValueStringBuilder(stackalloc char[256]);
            for (int i = 0; i < count; i++)
            {
                if (i > 0) result.Append(separator);
                result.Append(value[startIndex + i]);
            }
            return result.ToString();
        }

        /// <summary>String.Join over objects, each turned into text by ToString; null items count as empty.</summary>
        internal static string Join(ReadOnlySpan<char> separator, object[] values)
        {
            if (values == null) throw new ArgumentNullException(nameof(values));
            var result = new ValueStringBuilder(stackalloc char[256]);
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0) result.Append(separator);
                result.Append(values[i]?.ToString());
            }
            return result.ToString();
        }

        /// <summary>String.Join&lt;T&gt; and Join(IEnumerable&lt;string&gt;): items in enumeration order.</summary>
        internal static string Join<T>(ReadOnlySpan<char> separator, IEnumerable<T> values)
        {
            if (values == null) throw new ArgumentNullException(nameof(values));
            var result = new ValueStringBuilder(stackalloc char[256]);
            bool first = true;
            foreach (T value in values)
            {
                if (!first) result.Append(separator);
                first = false;
                if (value != null) result.Append(value.ToString());
            }
            return result.ToString();
        }

        /// <summary>String.Concat over any sequence: Join with no separator.</summary>
        internal static string Concat<T>(IEnumerable<T> values) => Join(default, values);
    }
}
