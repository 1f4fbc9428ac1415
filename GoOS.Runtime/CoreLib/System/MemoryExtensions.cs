using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>Span views of strings and arrays, and the span searches and comparisons .NET
    /// code commonly calls (ordinal only).</summary>
    public static class MemoryExtensions
    {
        public static ReadOnlySpan<char> AsSpan(this string text) =>
            text == null ? default : new ReadOnlySpan<char>(ref text.GetRawStringData(), text.Length);

        public static ReadOnlySpan<char> AsSpan(this string text, int start)
        {
            if (text == null)
            {
                if (start != 0) ThrowHelper.ThrowArgumentOutOfRange(nameof(start));
                return default;
            }
            if ((uint)start > (uint)text.Length) ThrowHelper.ThrowArgumentOutOfRange(nameof(start));
            return new ReadOnlySpan<char>(ref Unsafe.Add(ref text.GetRawStringData(), start), text.Length - start);
        }

        public static ReadOnlySpan<char> AsSpan(this string text, int start, int length)
        {
            if (text == null)
            {
                if (start != 0 || length != 0) ThrowHelper.ThrowArgumentOutOfRange(nameof(start));
                return default;
            }
            if ((uint)start > (uint)text.Length || (uint)length > (uint)(text.Length - start)) ThrowHelper.ThrowArgumentOutOfRange(nameof(start));
            return new ReadOnlySpan<char>(ref Unsafe.Add(ref text.GetRawStringData(), start), length);
        }

        public static Span<T> AsSpan<T>(this T[] array) => new Span<T>(array);

        public static Span<T> AsSpan<T>(this T[] array, int start) =>
            array == null ? new Span<T>(array, start, 0) : new Span<T>(array, start, array.Length - start);

        public static Span<T> AsSpan<T>(this T[] array, int start, int length) => new Span<T>(array, start, length);

        /// <summary>Whether both spans hold equal items in the same order.</summary>
        public static bool SequenceEqual<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) where T : IEquatable<T>
        {
            if (span.Length != other.Length) return false;
            for (int i = 0; i < span.Length; i++)
                if (!span[i].Equals(other[i])) return false;
            return true;
        }

        public static bool SequenceEqual<T>(this Span<T> span, ReadOnlySpan<T> other) where T : IEquatable<T> =>
            SequenceEqual((ReadOnlySpan<T>)span, other);

        /// <summary>Orders two spans item by item, then by length.</summary>
        public static int SequenceCompareTo<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) where T : IComparable<T>
        {
            int shorter = span.Length < other.Length ? span.Length : other.Length;
            for (int i = 0; i < shorter; i++)
            {
                int order = span[i].CompareTo(other[i]);
                if (order != 0) return order;
            }
            return span.Length - other.Length;
        }

        public static int IndexOf<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T>
        {
            for (int i = 0; i < span.Length; i++)
                if (span[i].Equals(value)) return i;
            return -1;
        }

        public static int IndexOf<T>(this Span<T> span, T value) where T : IEquatable<T> => IndexOf((ReadOnlySpan<T>)span, value);

        public static int LastIndexOf<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T>
        {
            for (int i = span.Length - 1; i >= 0; i--)
                if (span[i].Equals(value)) return i;
            return -1;
        }

        /// <summary>The first index where value occurs as a whole in span, or -1; 0 for an empty value.</summary>
        public static int IndexOf<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T>
        {
            for (int i = 0; i <= span.Length - value.Length; i++)
                if (SequenceEqual(span.Slice(i, value.Length), value)) return i;
            return -1;
        }

        public static bool Contains<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> => IndexOf(span, value) >= 0;

        public static bool Contains<T>(this Span<T> span, T value) where T : IEquatable<T> => IndexOf((ReadOnlySpan<T>)span, value) >= 0;

        public static bool StartsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> =>
            value.Length <= span.Length && SequenceEqual(span.Slice(0, value.Length), value);

        public static bool EndsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> =>
            value.Length <= span.Length && SequenceEqual(span.Slice(span.Length - value.Length), value);

        /// <summary>The span without leading and trailing white space.</summary>
        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span) => TrimStart(TrimEnd(span));

        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span)
        {
            int start = 0;
            while (start < span.Length && char.IsWhiteSpace(span[start])) start++;
            return span.Slice(start);
        }

        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span)
        {
            int end = span.Length;
            while (end > 0 && char.IsWhiteSpace(span[end - 1])) end--;
            return span.Slice(0, end);
        }

        public static bool Equals(this ReadOnlySpan<char> span, ReadOnlySpan<char> other, StringComparison comparisonType) =>
            StringAlgorithms.Compare(span, other, StringAlgorithms.IgnoresCase(comparisonType)) == 0;
    }
}
