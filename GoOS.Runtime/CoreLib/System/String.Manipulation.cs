using System.Collections.Generic;

namespace System
{
    // Splitting, joining, replacing, trimming, padding and case (see StringAlgorithms).
    public sealed partial class String
    {
        public string[] Split(char separator, StringSplitOptions options = StringSplitOptions.None) =>
            StringAlgorithms.Split(this, new ReadOnlySpan<char>(ref separator, 1), int.MaxValue, options);

        public string[] Split(char separator, int count, StringSplitOptions options = StringSplitOptions.None) =>
            StringAlgorithms.Split(this, new ReadOnlySpan<char>(ref separator, 1), count, options);

        public string[] Split(params char[] separator) => StringAlgorithms.Split(this, separator, int.MaxValue, StringSplitOptions.None);

        public string[] Split(char[] separator, int count) => StringAlgorithms.Split(this, separator, count, StringSplitOptions.None);

        public string[] Split(char[] separator, StringSplitOptions options) => StringAlgorithms.Split(this, separator, int.MaxValue, options);

        public string[] Split(char[] separator, int count, StringSplitOptions options) => StringAlgorithms.Split(this, separator, count, options);

        public string[] Split(string separator, StringSplitOptions options = StringSplitOptions.None) =>
            StringAlgorithms.Split(this, new[] { separator }, false, int.MaxValue, options);

        public string[] Split(string separator, int count, StringSplitOptions options = StringSplitOptions.None) =>
            StringAlgorithms.Split(this, new[] { separator }, false, count, options);

        public string[] Split(string[] separator, StringSplitOptions options) => StringAlgorithms.Split(this, separator, true, int.MaxValue, options);

        public string[] Split(string[] separator, int count, StringSplitOptions options) => StringAlgorithms.Split(this, separator, true, count, options);

        public static string Join(string separator, params string[] value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            return StringAlgorithms.Join(separator.AsSpan(), value, 0, value.Length);
        }

        public static string Join(string separator, string[] value, int startIndex, int count) => StringAlgorithms.Join(separator.AsSpan(), value, startIndex, count);

        public static string Join(string separator, IEnumerable<string> values) => StringAlgorithms.Join(separator.AsSpan(), values);

        public static string Join(string separator, params object[] values) => StringAlgorithms.Join(separator.AsSpan(), values);

        public static string Join<T>(string separator, IEnumerable<T> values) => StringAlgorithms.Join(separator.AsSpan(), values);

        public static string Join(char separator, params string[] value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            return StringAlgorithms.Join(new ReadOnlySpan<char>(ref separator, 1), value, 0, value.Length);
        }

        public static string Join(char separator, params object[] values) => StringAlgorithms.Join(new ReadOnlySpan<char>(ref separator, 1), values);

        public string Replace(char oldChar, char newChar) => StringAlgorithms.Replace(this, oldChar, newChar);

        public string Replace(string oldValue, string newValue) => StringAlgorithms.Replace(this, oldValue, newValue, StringComparison.Ordinal);

        public string Replace(string oldValue, string newValue, StringComparison comparisonType) => StringAlgorithms.Replace(this, oldValue, newValue, comparisonType);

        public string Trim() => StringAlgorithms.Trim(this, default, StringAlgorithms.TrimSides.Both);
        public string Trim(char trimChar) => StringAlgorithms.Trim(this, new ReadOnlySpan<char>(ref trimChar, 1), StringAlgorithms.TrimSides.Both);
        public string Trim(params char[] trimChars) => StringAlgorithms.Trim(this, trimChars, StringAlgorithms.TrimSides.Both);
        public string TrimStart() => StringAlgorithms.Trim(this, default, StringAlgorithms.TrimSides.Start);
        public string TrimStart(char trimChar) => StringAlgorithms.Trim(this, new ReadOnlySpan<char>(ref trimChar, 1), StringAlgorithms.TrimSides.Start);
        public string TrimStart(params char[] trimChars) => StringAlgorithms.Trim(this, trimChars, StringAlgorithms.TrimSides.Start);
        public string TrimEnd() => StringAlgorithms.Trim(this, default, StringAlgorithms.TrimSides.End);
        public string TrimEnd(char trimChar) => StringAlgorithms.Trim(this, new ReadOnlySpan<char>(ref trimChar, 1), StringAlgorithms.TrimSides.End);
        public string TrimEnd(params char[] trimChars) => StringAlgorithms.Trim(this, trimChars, StringAlgorithms.TrimSides.End);

        public string PadLeft(int totalWidth) => StringAlgorithms.Pad(this, totalWidth, ' ', true);
        public string PadLeft(int totalWidth, char paddingChar) => StringAlgorithms.Pad(this, totalWidth, paddingChar, true);
        public string PadRight(int totalWidth) => StringAlgorithms.Pad(this, totalWidth, ' ', false);
        public string PadRight(int totalWidth, char paddingChar) => StringAlgorithms.Pad(this, totalWidth, paddingChar, false);

        public string Insert(int startIndex, string value) => StringAlgorithms.Insert(this, startIndex, value);
        public string Remove(int startIndex) => StringAlgorithms.Remove(this, startIndex);
        public string Remove(int startIndex, int count) => StringAlgorithms.Remove(this, startIndex, count);

        /// <summary>Invariant upper case (Latin-1 letters only); GoOS has no current culture.</summary>
        public string ToUpper() => StringAlgorithms.ChangeCase(this, true);
        public string ToLower() => StringAlgorithms.ChangeCase(this, false);
        public string ToUpperInvariant() => StringAlgorithms.ChangeCase(this, true);
        public string ToLowerInvariant() => StringAlgorithms.ChangeCase(this, false);
    }
}
