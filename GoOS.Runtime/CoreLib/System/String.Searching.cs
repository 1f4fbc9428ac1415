namespace System
{
    // Ordinal searches (see StringAlgorithms.Search); the culture-sensitive StringComparison
    // values behave as Ordinal and OrdinalIgnoreCase.
    public sealed partial class String
    {
        public int IndexOf(char value) => StringAlgorithms.IndexOf(this, value);
        public int IndexOf(char value, int startIndex) => StringAlgorithms.IndexOf(this, value, startIndex, Length - startIndex);
        public int IndexOf(char value, int startIndex, int count) => StringAlgorithms.IndexOf(this, value, startIndex, count);
        public int IndexOf(char value, StringComparison comparisonType) =>
            StringAlgorithms.IgnoresCase(comparisonType) ? IndexOf(new string(value, 1), comparisonType) : IndexOf(value);

        public int IndexOf(string value) => IndexOf(value, 0, Length, StringComparison.Ordinal);
        public int IndexOf(string value, int startIndex) => IndexOf(value, startIndex, Length - startIndex, StringComparison.Ordinal);
        public int IndexOf(string value, int startIndex, int count) => IndexOf(value, startIndex, count, StringComparison.Ordinal);
        public int IndexOf(string value, StringComparison comparisonType) => IndexOf(value, 0, Length, comparisonType);
        public int IndexOf(string value, int startIndex, StringComparison comparisonType) => IndexOf(value, startIndex, Length - startIndex, comparisonType);
        public int IndexOf(string value, int startIndex, int count, StringComparison comparisonType) =>
            StringAlgorithms.IndexOf(this, value, startIndex, count, comparisonType);

        public int LastIndexOf(char value) => StringAlgorithms.LastIndexOf(this, value);
        public int LastIndexOf(char value, int startIndex) => StringAlgorithms.LastIndexOf(this, value, startIndex, startIndex + 1);
        public int LastIndexOf(char value, int startIndex, int count) => StringAlgorithms.LastIndexOf(this, value, startIndex, count);

        public int LastIndexOf(string value) => LastIndexOf(value, Length - 1, Length, StringComparison.Ordinal);
        public int LastIndexOf(string value, int startIndex) => LastIndexOf(value, startIndex, startIndex + 1, StringComparison.Ordinal);
        public int LastIndexOf(string value, int startIndex, int count) => LastIndexOf(value, startIndex, count, StringComparison.Ordinal);
        public int LastIndexOf(string value, StringComparison comparisonType) => LastIndexOf(value, Length - 1, Length, comparisonType);
        public int LastIndexOf(string value, int startIndex, StringComparison comparisonType) => LastIndexOf(value, startIndex, startIndex + 1, comparisonType);
        public int LastIndexOf(string value, int startIndex, int count, StringComparison comparisonType) =>
            StringAlgorithms.LastIndexOf(this, value, startIndex, count, comparisonType);

        public int IndexOfAny(char[] anyOf) => StringAlgorithms.IndexOfAny(this, anyOf, 0, Length);
        public int IndexOfAny(char[] anyOf, int startIndex) => StringAlgorithms.IndexOfAny(this, anyOf, startIndex, Length - startIndex);
        public int IndexOfAny(char[] anyOf, int startIndex, int count) => StringAlgorithms.IndexOfAny(this, anyOf, startIndex, count);

        public int LastIndexOfAny(char[] anyOf) => StringAlgorithms.LastIndexOfAny(this, anyOf, Length - 1, Length);
        public int LastIndexOfAny(char[] anyOf, int startIndex) => StringAlgorithms.LastIndexOfAny(this, anyOf, startIndex, startIndex + 1);
        public int LastIndexOfAny(char[] anyOf, int startIndex, int count) => StringAlgorithms.LastIndexOfAny(this, anyOf, startIndex, count);

        public bool Contains(char value) => StringAlgorithms.IndexOf(this, value) >= 0;
        public bool Contains(char value, StringComparison comparisonType) => IndexOf(value, comparisonType) >= 0;
        public bool Contains(string value) => Contains(value, StringComparison.Ordinal);
        public bool Contains(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            return StringAlgorithms.IndexOf(this, value, StringAlgorithms.IgnoresCase(comparisonType)) >= 0;
        }

        public bool StartsWith(char value) => Length != 0 && this[0] == value;
        public bool StartsWith(string value) => StringAlgorithms.StartsWith(this, value, StringComparison.Ordinal);
        public bool StartsWith(string value, StringComparison comparisonType) => StringAlgorithms.StartsWith(this, value, comparisonType);

        public bool EndsWith(char value) => Length != 0 && this[Length - 1] == value;
        public bool EndsWith(string value) => StringAlgorithms.EndsWith(this, value, StringComparison.Ordinal);
        public bool EndsWith(string value, StringComparison comparisonType) => StringAlgorithms.EndsWith(this, value, comparisonType);
    }
}
