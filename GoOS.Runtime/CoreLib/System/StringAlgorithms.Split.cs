namespace System
{
    internal static partial class StringAlgorithms
    {
        private const StringSplitOptions AllSplitOptions = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;

        /// <summary>String.Split on any of the separator characters (white space when there are none).</summary>
        internal static string[] Split(string text, ReadOnlySpan<char> separators, int count, StringSplitOptions options) =>
            Split(text, separators, null, false, count, options);

        /// <summary>String.Split on separator strings. Empty or null entries never match; with
        /// several matching at one position, the earliest in the array wins. When
        /// whiteSpaceIfNone is set (the string[] overloads), a null or empty array splits on
        /// white space; otherwise (the single-string overloads) nothing splits.</summary>
        internal static string[] Split(string text, string[] separators, bool whiteSpaceIfNone, int count, StringSplitOptions options) =>
            Split(text, default, separators, !(whiteSpaceIfNone && (separators == null || separators.Length == 0)), count, options);

        private static string[] Split(string text, ReadOnlySpan<char> separatorChars, string[] separatorStrings, bool byStrings, int count, StringSplitOptions options)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), "Count cannot be less than zero.");
            if ((options & ~AllSplitOptions) != 0) throw new ArgumentException("Value of flags is invalid.", nameof(options));
            bool removeEmpty = (options & StringSplitOptions.RemoveEmptyEntries) != 0;
            bool trim = (options & StringSplitOptions.TrimEntries) != 0;

            if (count > 1 && text.Length != 0)
            {
                int[] starts = null, lengths = null;
                int found = byStrings ? FindSeparators(text, separatorStrings, ref starts, ref lengths) : FindSeparators(text, separatorChars, ref starts, ref lengths);
                if (found > 0) return SplitAt(text, starts, lengths, found, count, removeEmpty, trim);
            }
            if (count == 0) return new string[0];
            string whole = trim ? text.Trim() : text;
            if (removeEmpty && whole.Length == 0) return new string[0];
            return new[] { whole };
        }

        // Cuts text at the found separators: at most count pieces, the last one holding the rest of
        // the text. With removeEmpty, empty pieces are skipped and do not count.
        private static string[] SplitAt(string text, int[] starts, int[] lengths, int found, int count, bool removeEmpty, bool trim)
        {
            string[] pieces = new string[(found < count - 1 ? found : count - 1) + 1];
            int produced = 0, current = 0;
            for (int i = 0; i < found; i++)
            {
                ReadOnlySpan<char> piece = Piece(text, current, starts[i], trim);
                if (!(removeEmpty && piece.IsEmpty)) pieces[produced++] = new string(piece);
                current = starts[i] + lengths[i];
                if (produced != count - 1) continue;
                // The next piece is the last: skip empty ones in front of it.
                while (removeEmpty && ++i < found && Piece(text, current, starts[i], trim).IsEmpty) current = starts[i] + lengths[i];
                break;
            }
            ReadOnlySpan<char> last = Piece(text, current, text.Length, trim);
            if (!(removeEmpty && last.IsEmpty)) pieces[produced++] = new string(last);
            if (produced != pieces.Length) Array.Resize(ref pieces, produced);
            return pieces;
        }

        private static ReadOnlySpan<char> Piece(string text, int start, int end, bool trim)
        {
            ReadOnlySpan<char> piece = text.AsSpan(start, end - start);
            return trim ? piece.Trim() : piece;
        }

        // Positions of separator characters (white space when none are given); returns how many.
        private static int FindSeparators(string text, ReadOnlySpan<char> separators, ref int[] starts, ref int[] lengths)
        {
            int found = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool match = separators.IsEmpty ? char.IsWhiteSpace(c) : IndexOf(separators, c) >= 0;
                if (match) Record(ref starts, ref lengths, ref found, i, 1);
            }
            return found;
        }

        // Positions and lengths of separator strings, left to right without overlap.
        private static int FindSeparators(string text, string[] separators, ref int[] starts, ref int[] lengths)
        {
            int found = 0;
            for (int i = 0; i < text.Length; i++)
            {
                for (int s = 0; s < separators.Length; s++)
                {
                    string separator = separators[s];
                    if (string.IsNullOrEmpty(separator) || separator.Length > text.Length - i) continue;
                    if (text[i] != separator[0] || Compare(text.AsSpan(i, separator.Length), separator.AsSpan(), false) != 0) continue;
                    Record(ref starts, ref lengths, ref found, i, separator.Length);
                    i += separator.Length - 1;
                    break;
                }
            }
            return found;
        }

        private static void Record(ref int[] starts, ref int[] lengths, ref int found, int start, int length)
        {
            if (starts == null || found == starts.Length)
            {
                int size = starts == null ? 8 : 2 * starts.Length;
                Array.Resize(ref starts, size);
                Array.Resize(ref lengths, size);
            }
            starts[found] = start;
            lengths[found] = length;
            found++;
        }
    }
}
