namespace System
{
    /// <summary>Character classes and case mapping for the Latin-1 range (U+0000..U+00FF), with
    /// .NET's answers. Characters above U+00FF belong to no class here and map to themselves:
    /// GoOS carries no Unicode tables. Portable: the host tests compare it with .NET.</summary>
    internal static class CharInfo
    {
        internal static bool IsDigit(char c) => c >= '0' && c <= '9';

        internal static bool IsUpper(char c) =>
            (c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7');

        internal static bool IsLower(char c) =>
            (c >= 'a' && c <= 'z') || c == '\u00B5' || (c >= '\u00DF' && c <= '\u00FF' && c != '\u00F7');

        internal static bool IsLetter(char c) => IsUpper(c) || IsLower(c) || c == '\u00AA' || c == '\u00BA';

        internal static bool IsWhiteSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00A0';

        internal static bool IsControl(char c) => c <= '\u001F' || (c >= '\u007F' && c <= '\u009F');

        internal static bool IsPunctuation(char c)
        {
            switch (c)
            {
                case '!': case '"': case '#': case '%': case '&': case '\'': case '(': case ')':
                case '*': case ',': case '-': case '.': case '/': case ':': case ';': case '?':
                case '@': case '[': case '\\': case ']': case '_': case '{': case '}':
                case '\u00A1': case '\u00A7': case '\u00AB': case '\u00B6': case '\u00B7':
                case '\u00BB': case '\u00BF':
                    return true;
                default:
                    return false;
            }
        }

        internal static bool IsSymbol(char c)
        {
            switch (c)
            {
                case '$': case '+': case '<': case '=': case '>': case '^': case '`': case '|': case '~':
                case '\u00A2': case '\u00A3': case '\u00A4': case '\u00A5': case '\u00A6': case '\u00A8':
                case '\u00A9': case '\u00AC': case '\u00AE': case '\u00AF': case '\u00B0': case '\u00B1':
                case '\u00B4': case '\u00B8': case '\u00D7': case '\u00F7':
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Invariant upper case: ASCII and Latin-1 letters, plus U+00B5 and U+00FF whose
        /// capitals lie outside Latin-1.</summary>
        internal static char ToUpper(char c)
        {
            if (c >= 'a' && c <= 'z') return (char)(c - 32);
            if (c < '\u00B5') return c;
            if (c == '\u00B5') return '\u039C';
            if (c == '\u00FF') return '\u0178';
            if (c >= '\u00E0' && c <= '\u00FE' && c != '\u00F7') return (char)(c - 32);
            return c;
        }

        /// <summary>Invariant lower case: ASCII and Latin-1 capitals.</summary>
        internal static char ToLower(char c)
        {
            if (c >= 'A' && c <= 'Z') return (char)(c + 32);
            if (c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7') return (char)(c + 32);
            return c;
        }
    }
}
