using System.Text;

namespace System
{
    internal static partial class StringAlgorithms
    {
        internal enum TrimSides
        {
            Start = 1,
            End = 2,
            Both = 3,
        }

        /// <summary>String.Replace(char, char); returns text itself when nothing changes.</summary>
        internal static string Replace(string text, char oldChar, char newChar)
        {
            int first = IndexOf(text.AsSpan(), oldChar);
            if (first < 0 || oldChar == newChar) return text;
            char[] chars = new char[text.Length];
            for (int i = 0; i < chars.Length; i++)
            {
                char c = text[i];
                chars[i] = c == oldChar ? newChar : c;
            }
            return new string(chars);
        }

        /// <summary>String.Replace(string, string, comparisonType): replaces every occurrence,
        /// scanning left to right without overlaps; a null newValue removes them.</summary>
        internal static string Replace(string text, string oldValue, string newValue, StringComparison comparisonType)
        {
            if (oldValue == null) throw new ArgumentNullException(nameof(oldValue));
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.", nameof(oldValue));
            bool ignoreCase = IgnoresCase(comparisonType);
            ReadOnlySpan<char> rest = text.AsSpan();
            int found = IndexOf(rest, oldValue.AsSpan(), ignoreCase);
            if (found < 0) return text;
            var result = new ValueStringBuilder(stackalloc char[256]);
            while (found >= 0)
            {
                result.Append(rest.Slice(0, found));
                result.Append(newValue);
                rest = rest.Slice(found + oldValue.Length);
                found = IndexOf(rest, oldValue.AsSpan(), ignoreCase);
            }
            result.Append(rest);
            return result.ToString();
        }

        /// <summary>String.Trim/TrimStart/TrimEnd: strips the given characters (white space when
        /// there are none) from the chosen sides; returns text itself when nothing is stripped.</summary>
        internal static string Trim(string text, ReadOnlySpan<char> trimChars, TrimSides sides)
        {
            int start = 0, end = text.Length;
            if ((sides & TrimSides.Start) != 0)
                while (start < end && IsTrimmed(text[start], trimChars)) start++;
            if ((sides & TrimSides.End) != 0)
                while (end > start && IsTrimmed(text[end - 1], trimChars)) end--;
            if (start == 0 && end == text.Length) return text;
            return end == start ? string.Empty : text.Substring(start, end - start);
        }

        private static bool IsTrimmed(char c, ReadOnlySpan<char> trimChars) =>
            trimChars.IsEmpty ? char.IsWhiteSpace(c) : IndexOf(trimChars, c) >= 0;

        /// <summary>String.PadLeft/PadRight: text widened to totalWidth with paddingChar on one side.</summary>
        internal static string Pad(string text, int totalWidth, char paddingChar, bool left)
        {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException(nameof(totalWidth), "Non-negative number required.");
            int padding = totalWidth - text.Length;
            if (padding <= 0) return text;
            var result = new ValueStringBuilder(stackalloc char[256]);
            if (left) result.Append(paddingChar, padding);
            result.Append(text);
            if (!left) result.Append(paddingChar, padding);
            return result.ToString();
        }

        /// <summary>String.Insert: value placed before the character at startIndex.</summary>
        internal static string Insert(string text, int startIndex, string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if ((uint)startIndex > (uint)text.Length) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (value.Length == 0) return text;
            var result = new ValueStringBuilder(stackalloc char[256]);
            result.Append(text.AsSpan(0, startIndex));
            result.Append(value);
            result.Append(text.AsSpan(startIndex));
            return result.ToString();
        }

        /// <summary>String.Remove(startIndex, count): text without count characters from startIndex.</summary>
        internal static string Remove(string text, int startIndex, int count)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), "StartIndex cannot be less than zero.");
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), "Count cannot be less than zero.");
            if (count > text.Length - startIndex) throw new ArgumentOutOfRangeException(nameof(count), "Index and count must refer to a location within the string.");
            if (count == 0) return text;
            if (count == text.Length) return string.Empty;
            var result = new ValueStringBuilder(stackalloc char[256]);
            result.Append(text.AsSpan(0, startIndex));
            result.Append(text.AsSpan(startIndex + count));
            return result.ToString();
        }

        /// <summary>String.Remove(startIndex): text cut at startIndex.</summary>
        internal static string Remove(string text, int startIndex)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), "StartIndex cannot be less than zero.");
            if (startIndex > text.Length) throw new ArgumentOutOfRangeException(nameof(startIndex), "startIndex must be less than length of string.");
            return text.Substring(0, startIndex);
        }

        /// <summary>Invariant upper or lower case of every character (Latin-1 mappings only).</summary>
        internal static string ChangeCase(string text, bool upper)
        {
            char[] chars = null;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                char mapped = upper ? CharInfo.ToUpper(c) : CharInfo.ToLower(c);
                if (mapped == c && chars == null) continue;
                if (chars == null)
                {
                    chars = new char[text.Length];
                    text.AsSpan(0, i).CopyTo(chars);
                }
                chars[i] = mapped;
            }
            return chars == null ? text : new string(chars);
        }

        internal static bool IsNullOrWhiteSpace(string text)
        {
            if (text == null) return true;
            for (int i = 0; i < text.Length; i++)
                if (!char.IsWhiteSpace(text[i])) return false;
            return true;
        }
    }
}
