namespace System
{
    // Ordering and equality under a StringComparison; always ordinal (see StringAlgorithms.Compare).
    public sealed partial class String
    {
        public static int CompareOrdinal(string strA, string strB) => StringAlgorithms.Compare(strA, strB, StringComparison.Ordinal);

        public static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length) =>
            StringAlgorithms.CompareOrdinal(strA, indexA, strB, indexB, length);

        /// <summary>Ordinal, unlike .NET's culture-sensitive default: GoOS has no cultures.</summary>
        public static int Compare(string strA, string strB) => StringAlgorithms.Compare(strA, strB, StringComparison.Ordinal);

        public static int Compare(string strA, string strB, bool ignoreCase) =>
            StringAlgorithms.Compare(strA, strB, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        public static int Compare(string strA, string strB, StringComparison comparisonType) => StringAlgorithms.Compare(strA, strB, comparisonType);

        public int CompareTo(string strB) => StringAlgorithms.Compare(this, strB, StringComparison.Ordinal);

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is string other) return CompareTo(other);
            throw new ArgumentException("Object must be of type String.");
        }

        public static bool Equals(string a, string b, StringComparison comparisonType) => StringAlgorithms.Compare(a, b, comparisonType) == 0;

        public bool Equals(string value, StringComparison comparisonType) => StringAlgorithms.Compare(this, value, comparisonType) == 0;
    }
}
