namespace System
{
    /// <summary>The algorithms behind String's searching, comparing, splitting, editing, joining
    /// and composite formatting, written over spans and plain strings so that the host tests
    /// compile them and compare them with .NET. String's members are thin wrappers over these.
    /// Every comparison is ordinal; "ignore case" folds Latin-1 letters only (see CharInfo).</summary>
    internal static partial class StringAlgorithms
    {
        /// <summary>Whether a StringComparison asks to ignore case; throws for values outside the enum.</summary>
        internal static bool IgnoresCase(StringComparison comparisonType)
        {
            if ((uint)comparisonType > (uint)StringComparison.OrdinalIgnoreCase)
                throw new ArgumentException("The string comparison type passed in is currently not supported.", nameof(comparisonType));
            return comparisonType == StringComparison.CurrentCultureIgnoreCase
                || comparisonType == StringComparison.InvariantCultureIgnoreCase
                || comparisonType == StringComparison.OrdinalIgnoreCase;
        }

        internal static int IndexOf(ReadOnlySpan<char> text, char value)
        {
            for (int i = 0; i < text.Length; i++)
                if (text[i] == value) return i;
            return -1;
        }

        internal static int LastIndexOf(ReadOnlySpan<char> text, char value)
        {
            for (int i = text.Length - 1; i >= 0; i--)
                if (text[i] == value) return i;
            return -1;
        }

        /// <summary>First index of value in text, or -1; an empty value is found at 0.</summary>
        internal static int IndexOf(ReadOnlySpan<char> text, ReadOnlySpan<char> value, bool ignoreCase)
        {
            for (int i = 0; i <= text.Length - value.Length; i++)
                if (Compare(text.Slice(i, value.Length), value, ignoreCase) == 0) return i;
            return -1;
        }

        /// <summary>Last index of value in text, or -1; an empty value is found at text.Length.</summary>
        internal static int LastIndexOf(ReadOnlySpan<char> text, ReadOnlySpan<char> value, bool ignoreCase)
        {
            for (int i = text.Length - value.Length; i >= 0; i--)
                if (Compare(text.Slice(i, value.Length), value, ignoreCase) == 0) return i;
            return -1;
        }

        internal static int IndexOfAny(ReadOnlySpan<char> text, ReadOnlySpan<char> anyOf)
        {
            for (int i = 0; i < text.Length; i++)
                if (IndexOf(anyOf, text[i]) >= 0) return i;
            return -1;
        }

        internal static int LastIndexOfAny(ReadOnlySpan<char> text, ReadOnlySpan<char> anyOf)
        {
            for (int i = text.Length - 1; i >= 0; i--)
                if (IndexOf(anyOf, text[i]) >= 0) return i;
            return -1;
        }

        /// <summary>String.IndexOf(char, startIndex, count): searches [startIndex, startIndex + count).</summary>
        internal static int IndexOf(string text, char value, int startIndex, int count)
        {
            CheckForwardRange(text, startIndex, count);
            int found = IndexOf(text.AsSpan(startIndex, count), value);
            return found < 0 ? -1 : found + startIndex;
        }

        /// <summary>String.IndexOf(string, startIndex, count, comparisonType).</summary>
        internal static int IndexOf(string text, string value, int startIndex, int count, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            bool ignoreCase = IgnoresCase(comparisonType);
            CheckForwardRange(text, startIndex, count);
            int found = IndexOf(text.AsSpan(startIndex, count), value.AsSpan(), ignoreCase);
            return found < 0 ? -1 : found + startIndex;
        }

        /// <summary>String.IndexOfAny(anyOf, startIndex, count).</summary>
        internal static int IndexOfAny(string text, char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) throw new ArgumentNullException(nameof(anyOf));
            CheckForwardRange(text, startIndex, count);
            int found = IndexOfAny(text.AsSpan(startIndex, count), anyOf);
            return found < 0 ? -1 : found + startIndex;
        }

        private static void CheckForwardRange(string text, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)text.Length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if ((uint)count > (uint)(text.Length - startIndex))
                throw new ArgumentOutOfRangeException(nameof(count), "Count must be positive and count must refer to a location within the string/array/collection.");
        }

        /// <summary>String.LastIndexOf(char, startIndex, count): searches the count characters
        /// ending at startIndex, backwards.</summary>
        internal static int LastIndexOf(string text, char value, int startIndex, int count)
        {
            if (text.Length == 0) return -1;
            CheckBackwardRange(text, startIndex, count);
            int first = startIndex - count + 1;
            int found = LastIndexOf(text.AsSpan(first, count), value);
            return found < 0 ? -1 : found + first;
        }

        /// <summary>String.LastIndexOfAny(anyOf, startIndex, count).</summary>
        internal static int LastIndexOfAny(string text, char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) throw new ArgumentNullException(nameof(anyOf));
            if (text.Length == 0) return -1;
            CheckBackwardRange(text, startIndex, count);
            int first = startIndex - count + 1;
            int found = LastIndexOfAny(text.AsSpan(first, count), anyOf);
            return found < 0 ? -1 : found + first;
        }

        private static void CheckBackwardRange(string text, int startIndex, int count)
        {
            if ((uint)startIndex >= (uint)text.Length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if ((uint)count > (uint)startIndex + 1)
                throw new ArgumentOutOfRangeException(nameof(count), "Count must be positive and count must refer to a location within the string/array/collection.");
        }

        /// <summary>String.LastIndexOf(string, startIndex, count, comparisonType) with .NET's
        /// rules for empty strings and for startIndex == Length.</summary>
        internal static int LastIndexOf(string text, string value, int startIndex, int count, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            bool ignoreCase = IgnoresCase(comparisonType);
            if (text.Length == 0 && (startIndex == -1 || startIndex == 0)) return value.Length == 0 ? 0 : -1;
            if ((uint)startIndex > (uint)text.Length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (startIndex == text.Length)
            {
                startIndex--;
                if (count > 0) count--;
            }
            if (count < 0 || startIndex - count + 1 < 0)
                throw new ArgumentOutOfRangeException(nameof(count), "Count must be positive and count must refer to a location within the string/array/collection.");
            int first = startIndex - count + 1;
            int found = LastIndexOf(text.AsSpan(first, count), value.AsSpan(), ignoreCase);
            return found < 0 ? -1 : found + first;
        }

        internal static bool StartsWith(string text, string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            bool ignoreCase = IgnoresCase(comparisonType);
            return value.Length <= text.Length && Compare(text.AsSpan(0, value.Length), value.AsSpan(), ignoreCase) == 0;
        }

        internal static bool EndsWith(string text, string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            bool ignoreCase = IgnoresCase(comparisonType);
            return value.Length <= text.Length && Compare(text.AsSpan(text.Length - value.Length), value.AsSpan(), ignoreCase) == 0;
        }
    }
}
