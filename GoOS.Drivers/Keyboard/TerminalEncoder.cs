using System;

namespace GoOS.Drivers.Keyboard
{
    /// <summary>Turns key presses into the bytes a VT100/xterm-style terminal sends, so the shell
    /// reads the keyboard and a serial line the same way. Choices: Enter sends '\r' (CR, what
    /// a terminal's Return key sends; readers treat '\n' and "\r\n" alike); Backspace sends
    /// 0x7F (DEL, as xterm, VT220 and PuTTY do; Ctrl+Backspace sends 0x08); Left Alt sends ESC
    /// before the character (xterm's "meta sends escape"; Right Alt, AltGr, does not); modified navigation keys send the same
    /// as plain ones.</summary>
    public static class TerminalEncoder
    {
        /// <summary>The longest sequence Encode writes.</summary>
        public const int MaxSequenceLength = 5;

        private const byte Escape = 0x1B;

        /// <summary>Writes the bytes for a key event into 'output' (at least MaxSequenceLength
        /// long) and returns how many; 0 for releases and for keys that send nothing (modifiers,
        /// locks, keypad 5 without NumLock, ...).</summary>
        public static int Encode(KeyEvent keyEvent, Span<byte> output)
        {
            if (!keyEvent.Pressed) return 0;
            char c = keyEvent.Character;
            if (c != '\0')
            {
                if ((keyEvent.Modifiers & Modifiers.LeftAlt) == 0)
                {
                    output[0] = (byte)c;
                    return 1;
                }
                output[0] = Escape;
                output[1] = (byte)c;
                return 2;
            }
            switch (NavigationKey(keyEvent.Key))
            {
                case Key.Up: return Csi(output, 'A');
                case Key.Down: return Csi(output, 'B');
                case Key.Right: return Csi(output, 'C');
                case Key.Left: return Csi(output, 'D');
                case Key.Home: return Csi(output, 'H');
                case Key.End: return Csi(output, 'F');
                case Key.Insert: return Tilde(output, 2);
                case Key.Delete: return Tilde(output, 3);
                case Key.PageUp: return Tilde(output, 5);
                case Key.PageDown: return Tilde(output, 6);
                case Key.F1: return Ss3(output, 'P');
                case Key.F2: return Ss3(output, 'Q');
                case Key.F3: return Ss3(output, 'R');
                case Key.F4: return Ss3(output, 'S');
                case Key.F5: return Tilde(output, 15);
                case Key.F6: return Tilde(output, 17);
                case Key.F7: return Tilde(output, 18);
                case Key.F8: return Tilde(output, 19);
                case Key.F9: return Tilde(output, 20);
                case Key.F10: return Tilde(output, 21);
                case Key.F11: return Tilde(output, 23);
                case Key.F12: return Tilde(output, 24);
                default: return 0;
            }
        }

        /// <summary>The navigation key a keypad key stands for when it types no digit (NumLock
        /// off, or Shift held); any other key is returned as it is.</summary>
        public static Key NavigationKey(Key key)
        {
            switch (key)
            {
                case Key.Keypad0: return Key.Insert;
                case Key.Keypad1: return Key.End;
                case Key.Keypad2: return Key.Down;
                case Key.Keypad3: return Key.PageDown;
                case Key.Keypad4: return Key.Left;
                case Key.Keypad6: return Key.Right;
                case Key.Keypad7: return Key.Home;
                case Key.Keypad8: return Key.Up;
                case Key.Keypad9: return Key.PageUp;
                case Key.KeypadPeriod: return Key.Delete;
                default: return key;
            }
        }

        // ESC [ final
        private static int Csi(Span<byte> output, char final)
        {
            output[0] = Escape;
            output[1] = (byte)'[';
            output[2] = (byte)final;
            return 3;
        }

        // ESC O final: F1-F4 as VT100 PF1-PF4.
        private static int Ss3(Span<byte> output, char final)
        {
            output[0] = Escape;
            output[1] = (byte)'O';
            output[2] = (byte)final;
            return 3;
        }

        // ESC [ number ~ (number below 100)
        private static int Tilde(Span<byte> output, int number)
        {
            output[0] = Escape;
            output[1] = (byte)'[';
            int n = 2;
            if (number >= 10) output[n++] = (byte)('0' + number / 10);
            output[n++] = (byte)('0' + number % 10);
            output[n++] = (byte)'~';
            return n;
        }
    }
}
