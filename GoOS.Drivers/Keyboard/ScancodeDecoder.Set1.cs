namespace GoOS.Drivers.Keyboard
{
    /// <summary>The scancode set 1 tables: make code (break code minus 0x80) to key.</summary>
    public sealed partial class ScancodeDecoder
    {
        // Codes without a prefix.
        private static Key PlainKey(byte make)
        {
            if (make >= 0x3B && make <= 0x44) return (Key)((int)Key.F1 + make - 0x3B);
            switch (make)
            {
                case 0x01: return Key.Escape;
                case 0x02: return Key.D1;
                case 0x03: return Key.D2;
                case 0x04: return Key.D3;
                case 0x05: return Key.D4;
                case 0x06: return Key.D5;
                case 0x07: return Key.D6;
                case 0x08: return Key.D7;
                case 0x09: return Key.D8;
                case 0x0A: return Key.D9;
                case 0x0B: return Key.D0;
                case 0x0C: return Key.Minus;
                case 0x0D: return Key.Equals;
                case 0x0E: return Key.Backspace;
                case 0x0F: return Key.Tab;
                case 0x10: return Key.Q;
                case 0x11: return Key.W;
                case 0x12: return Key.E;
                case 0x13: return Key.R;
                case 0x14: return Key.T;
                case 0x15: return Key.Y;
                case 0x16: return Key.U;
                case 0x17: return Key.I;
                case 0x18: return Key.O;
                case 0x19: return Key.P;
                case 0x1A: return Key.LeftBracket;
                case 0x1B: return Key.RightBracket;
                case 0x1C: return Key.Enter;
                case 0x1D: return Key.LeftCtrl;
                case 0x1E: return Key.A;
                case 0x1F: return Key.S;
                case 0x20: return Key.D;
                case 0x21: return Key.F;
                case 0x22: return Key.G;
                case 0x23: return Key.H;
                case 0x24: return Key.J;
                case 0x25: return Key.K;
                case 0x26: return Key.L;
                case 0x27: return Key.Semicolon;
                case 0x28: return Key.Apostrophe;
                case 0x29: return Key.Grave;
                case 0x2A: return Key.LeftShift;
                case 0x2B: return Key.Backslash;
                case 0x2C: return Key.Z;
                case 0x2D: return Key.X;
                case 0x2E: return Key.C;
                case 0x2F: return Key.V;
                case 0x30: return Key.B;
                case 0x31: return Key.N;
                case 0x32: return Key.M;
                case 0x33: return Key.Comma;
                case 0x34: return Key.Period;
                case 0x35: return Key.Slash;
                case 0x36: return Key.RightShift;
                case 0x37: return Key.KeypadMultiply;
                case 0x38: return Key.LeftAlt;
                case 0x39: return Key.Space;
                case 0x3A: return Key.CapsLock;
                case 0x45: return Key.NumLock;
                case 0x46: return Key.ScrollLock;
                case 0x47: return Key.Keypad7;
                case 0x48: return Key.Keypad8;
                case 0x49: return Key.Keypad9;
                case 0x4A: return Key.KeypadMinus;
                case 0x4B: return Key.Keypad4;
                case 0x4C: return Key.Keypad5;
                case 0x4D: return Key.Keypad6;
                case 0x4E: return Key.KeypadPlus;
                case 0x4F: return Key.Keypad1;
                case 0x50: return Key.Keypad2;
                case 0x51: return Key.Keypad3;
                case 0x52: return Key.Keypad0;
                case 0x53: return Key.KeypadPeriod;
                case 0x54: return Key.SysRq;        // Alt+Print Screen
                case 0x56: return Key.NonUsBackslash;
                case 0x57: return Key.F11;
                case 0x58: return Key.F12;
                default: return Key.Unknown;
            }
        }

        // Codes after an 0xE0 prefix (the fake shifts 0x2A and 0x36 never get here).
        private static Key ExtendedKey(byte make)
        {
            switch (make)
            {
                case 0x1C: return Key.KeypadEnter;
                case 0x1D: return Key.RightCtrl;
                case 0x35: return Key.KeypadDivide;
                case 0x37: return Key.PrintScreen;
                case 0x38: return Key.RightAlt;
                case 0x46: return Key.Pause;        // Ctrl+Pause (Break)
                case 0x47: return Key.Home;
                case 0x48: return Key.Up;
                case 0x49: return Key.PageUp;
                case 0x4B: return Key.Left;
                case 0x4D: return Key.Right;
                case 0x4F: return Key.End;
                case 0x50: return Key.Down;
                case 0x51: return Key.PageDown;
                case 0x52: return Key.Insert;
                case 0x53: return Key.Delete;
                case 0x5B: return Key.LeftGui;
                case 0x5C: return Key.RightGui;
                case 0x5D: return Key.Menu;
                default: return Key.Unknown;
            }
        }
    }
}
