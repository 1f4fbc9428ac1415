namespace System
{
    internal static partial class StringAlgorithms
    {
        /// <summary>Ordinal order: the difference of the first differing characters (upper-cased
        /// first when ignoring case), else the difference of the lengths.</summary>
        internal static int Compare(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool ignoreCase)
        {
            int shorter = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < shorter; i++)
            {
                char x = a[i], y = b[i];
                if (x == y) continue;
                if (ignoreCase)
                {
                    x = CharInfo.ToUpper(x);
                    y = CharInfo.ToUpper(y);
                    if (x == y) continue;
                }
                return x - y;
            }
            return a.Length - b.Length;
        }

        /// <summary>String.Compare(a, b, comparisonType): null sorts before everything. An ordinal
        /// compare returns exactly what .NET's does, which reads strings two characters at a time
        /// including the terminating NUL: when the shorter string is a prefix of odd length, the
        /// result is the difference at that NUL ("\t" against "\tab" gives -97), otherwise the
        /// difference of the lengths; an empty string's NUL counts as its first character.</summary>
        internal static int Compare(string a, string b, StringComparison comparisonType)
        {
            bool ignoreCase = IgnoresCase(comparisonType);
            if ((object)a == b) return 0;
            if (a == null) return -1;
            if (b == null) return 1;
            if (ignoreCase) return Compare(a.AsSpan(), b.AsSpan(), true);
            if (CharOrNul(a, 0) != CharOrNul(b, 0)) return CharOrNul(a, 0) - CharOrNul(b, 0);
            int shorter = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < shorter; i++)
                if (a[i] != b[i]) return a[i] - b[i];
            if ((shorter & 1) != 0 && CharOrNul(a, shorter) != CharOrNul(b, shorter)) return CharOrNul(a, shorter) - CharOrNul(b, shorter);
            return a.Length - b.Length;
        }

        private static char CharOrNul(string text, int index) => index < text.Length ? text[index] : '\0';

        /// <summary>String.CompareOrdinal(strA, indexA, strB, indexB, length): compares at most
        /// length characters of each, fewer where a string ends first.</summary>
        internal static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length)
        {
            if (strA == null || strB == null)
            {
                if ((object)strA == strB) return 0;
                return strA == null ? -1 : 1;
            }
            if (length < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (indexA < 0 || indexB < 0) throw new ArgumentOutOfRangeException(indexA < 0 ? nameof(indexA) : nameof(indexB), "Index was out of range. Must be non-negative and less than the size of the collection.");
            int lengthA = length < strA.Length - indexA ? length : strA.Length - indexA;
            int lengthB = length < strB.Length - indexB ? length : strB.Length - indexB;
            if (lengthA < 0 || lengthB < 0) throw new ArgumentOutOfRangeException(lengthA < 0 ? nameof(indexA) : nameof(indexB), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length == 0 || ((object)strA == strB && indexA == indexB)) return 0;
            return Compare(strA.AsSpan(indexA, lengthA), strB.AsSpan(indexB, lengthB), false);
        }
    }
}
