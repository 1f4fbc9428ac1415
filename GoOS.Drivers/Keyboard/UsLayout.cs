namespace GoOS.Drivers.Keyboard
{
    /// <summary>What each key types under the US layout, as the byte a terminal would send.
    /// Rules: Shift picks the upper legend; CapsLock inverts Shift for letters only; Ctrl turns
    /// letters into control codes 1..26 and [ \ ] ^ _ / ? into 27..31 and 127 (as xterm does);
    /// keypad digits and '.' type only while NumLock is on and Shift is not held (Shift
    /// with NumLock gives the navigation keys, as on a PC); Right Alt (AltGr) adds nothing.</summary>
    public static class UsLayout
    {
        /// <summary>The byte typed by pressing 'key' with 'modifiers' held, or '\0' for none.</summary>
        public static char Character(Key key, Modifiers modifiers)
        {
            bool shift = (modifiers & Modifiers.Shift) != 0;
            bool ctrl = (modifiers & Modifiers.Ctrl) != 0;

            if (key >= Key.A && key <= Key.Z)
            {
                int letter = key - Key.A;
                if (ctrl) return (char)(letter + 1);
                bool upper = shift != ((modifiers & Modifiers.CapsLock) != 0);
                return (char)((upper ? 'A' : 'a') + letter);
            }

            if (key >= Key.Keypad0 && key <= Key.KeypadPeriod)
            {
                bool digits = ((modifiers & Modifiers.NumLock) != 0) != shift;
                if (!digits) return '\0';
                return key == Key.KeypadPeriod ? '.' : (char)('0' + (key - Key.Keypad0));
            }

            char c = shift ? Shifted(key) : Unshifted(key);
            if (!ctrl || key >= Key.Keypad0) return c;
            switch (c)
            {
                case '[': case '\\': case ']': case '^': case '_': return (char)(c & 0x1F);
                case '/': return (char)0x1F;
                case '?': return (char)0x7F;
                case (char)0x7F: return (char)0x08;       // Ctrl+Backspace
                default: return c;
            }
        }

        private static char Unshifted(Key key)
        {
            if (key >= Key.D0 && key <= Key.D9) return (char)('0' + (key - Key.D0));
            switch (key)
            {
                case Key.Grave: return '`';
                case Key.Minus: return '-';
                case Key.Equals: return '=';
                case Key.LeftBracket: return '[';
                case Key.RightBracket: return ']';
                case Key.Backslash: return '\\';
                case Key.NonUsBackslash: return '\\';
                case Key.Semicolon: return ';';
                case Key.Apostrophe: return '\'';
                case Key.Comma: return ',';
                case Key.Period: return '.';
                case Key.Slash: return '/';
                default: return Common(key);
            }
        }

        private static char Shifted(Key key)
        {
            switch (key)
            {
                case Key.D1: return '!';
                case Key.D2: return '@';
                case Key.D3: return '#';
                case Key.D4: return '$';
                case Key.D5: return '%';
                case Key.D6: return '^';
                case Key.D7: return '&';
                case Key.D8: return '*';
                case Key.D9: return '(';
                case Key.D0: return ')';
                case Key.Grave: return '~';
                case Key.Minus: return '_';
                case Key.Equals: return '+';
                case Key.LeftBracket: return '{';
                case Key.RightBracket: return '}';
                case Key.Backslash: return '|';
                case Key.NonUsBackslash: return '|';
                case Key.Semicolon: return ':';
                case Key.Apostrophe: return '"';
                case Key.Comma: return '<';
                case Key.Period: return '>';
                case Key.Slash: return '?';
                default: return Common(key);
            }
        }

        // Keys that type the same with or without Shift.
        private static char Common(Key key)
        {
            switch (key)
            {
                case Key.Space: return ' ';
                case Key.Enter: return '\r';
                case Key.KeypadEnter: return '\r';
                case Key.Tab: return '\t';
                case Key.Backspace: return (char)0x7F;
                case Key.Escape: return (char)0x1B;
                case Key.KeypadPlus: return '+';
                case Key.KeypadMinus: return '-';
                case Key.KeypadMultiply: return '*';
                case Key.KeypadDivide: return '/';
                default: return '\0';
            }
        }
    }
}
