namespace GoOS.Drivers.Keyboard
{
    /// <summary>Turns PS/2 scancode set 1 bytes (what the i8042 delivers with translation on, as
    /// QEMU's does) into key events, tracking which keys are down, the Shift/Ctrl/Alt/Gui state
    /// and the CapsLock/NumLock/ScrollLock toggles. Feed it every byte read from port 0x60, in
    /// order; it never fails: keys it does not know come out as Key.Unknown, and bytes that are
    /// not keys are dropped. Not thread-safe: one
    /// driver thread owns it.</summary>
    public sealed partial class ScancodeDecoder
    {
        private const byte ExtendedPrefix = 0xE0;
        private const byte PausePrefix = 0xE1;
        private const byte BreakBit = 0x80;
        private const ushort ExtendedBase = 0xE000;

        private enum State : byte { Ready, Extended, Pause }

        private State _state;
        private int _pauseCount;            // bytes of the current 0xE1 sequence seen after the prefix
        private byte _pauseFirst;           // the first of them
        private Modifiers _modifiers;
        private readonly bool[] _down = new bool[256];   // indexed by Key

        /// <summary>Starts with no key down and the given lock keys on (the rest are ignored).</summary>
        public ScancodeDecoder(Modifiers initialLocks = Modifiers.None)
        {
            _modifiers = initialLocks & Modifiers.Locks;
        }

        /// <summary>The modifier and lock state now.</summary>
        public Modifiers Modifiers => _modifiers;

        /// <summary>The lock state as the data byte of the keyboard's 0xED "set LEDs" command
        /// (bit 0 ScrollLock, bit 1 NumLock, bit 2 CapsLock). The driver sends it after an event
        /// whose key is a lock key.</summary>
        public byte Leds =>
            (byte)(((_modifiers & Modifiers.ScrollLock) != 0 ? 1 : 0)
                 | ((_modifiers & Modifiers.NumLock) != 0 ? 2 : 0)
                 | ((_modifiers & Modifiers.CapsLock) != 0 ? 4 : 0));

        /// <summary>True while the key is held down.</summary>
        public bool IsDown(Key key) => _down[(int)key];

        /// <summary>Forgets the keys held down and any half-received sequence, keeping the locks;
        /// for the driver to call after it resets the keyboard.</summary>
        public void Reset()
        {
            _state = State.Ready;
            _pauseCount = 0;
            for (int i = 0; i < _down.Length; i++) _down[i] = false;
            _modifiers &= Modifiers.Locks;
        }

        /// <summary>Takes the next byte from the keyboard. Returns true and the event when the byte
        /// completes one; false when it is a prefix, part of the Pause sequence, a keyboard
        /// response (ACK, resend, echo, error) or a "fake shift" the keyboard wraps around the
        /// gray navigation keys and Print Screen.</summary>
        public bool Feed(byte code, out KeyEvent keyEvent)
        {
            keyEvent = default;
            switch (_state)
            {
                case State.Extended:
                    if (code == ExtendedPrefix) return false;             // a repeated prefix: still extended
                    if (code == PausePrefix) { StartPause(); return false; }
                    _state = State.Ready;
                    byte extended = (byte)(code & ~BreakBit);
                    if (extended == 0x2A || extended == 0x36) return false;  // fake shifts
                    return Decode(ExtendedKey(extended), (code & BreakBit) == 0, (ushort)(ExtendedBase | extended), out keyEvent);

                case State.Pause:
                    return FeedPause(code, out keyEvent);

                default:
                    if (code == ExtendedPrefix) { _state = State.Extended; return false; }
                    if (code == PausePrefix) { StartPause(); return false; }
                    if (IsKeyboardResponse(code)) return false;
                    byte make = (byte)(code & ~BreakBit);
                    return Decode(PlainKey(make), (code & BreakBit) == 0, make, out keyEvent);
            }
        }

        private void StartPause()
        {
            _state = State.Pause;
            _pauseCount = 0;
        }

        // Pause sends E1 1D 45 E1 9D C5 on press and nothing on release: the first half is
        // reported as a press and the second as a release. Anything else after E1 is dropped.
        private bool FeedPause(byte code, out KeyEvent keyEvent)
        {
            keyEvent = default;
            if (code == PausePrefix) { _pauseCount = 0; return false; }
            if (code == ExtendedPrefix) { _state = State.Extended; return false; }
            if (_pauseCount == 0)
            {
                _pauseFirst = code;
                _pauseCount = 1;
                return false;
            }
            _state = State.Ready;
            if (_pauseFirst == 0x1D && code == 0x45) return Decode(Key.Pause, true, 0xE11D, out keyEvent);
            if (_pauseFirst == 0x9D && code == 0xC5) return Decode(Key.Pause, false, 0xE11D, out keyEvent);
            return false;
        }

        // 0x00 and 0xFF are buffer-overrun/error codes, 0xFA ACK, 0xFE resend and 0xEE echo
        // answer the driver's commands; none is a key in set 1. (0xAA also ends the self-test,
        // but it is the Left Shift release too, and reporting that release is harmless.)
        private static bool IsKeyboardResponse(byte code) =>
            code == 0x00 || code == 0xFF || code == 0xFA || code == 0xFE || code == 0xEE;

        // Applies one press or release to the key and modifier state and builds its event.
        private bool Decode(Key key, bool pressed, ushort scancode, out KeyEvent keyEvent)
        {
            bool repeat = pressed && _down[(int)key];
            _down[(int)key] = pressed;
            Modifiers flag = ModifierOf(key);
            if (flag != Modifiers.None)
            {
                if ((flag & Modifiers.Locks) != 0)
                {
                    if (pressed && !repeat) _modifiers ^= flag;
                }
                else if (pressed) _modifiers |= flag;
                else _modifiers &= ~flag;
            }
            char character = pressed ? UsLayout.Character(key, _modifiers) : '\0';
            keyEvent = new KeyEvent(key, pressed, repeat, _modifiers, character, scancode);
            return true;
        }

        private static Modifiers ModifierOf(Key key)
        {
            switch (key)
            {
                case Key.LeftShift: return Modifiers.LeftShift;
                case Key.RightShift: return Modifiers.RightShift;
                case Key.LeftCtrl: return Modifiers.LeftCtrl;
                case Key.RightCtrl: return Modifiers.RightCtrl;
                case Key.LeftAlt: return Modifiers.LeftAlt;
                case Key.RightAlt: return Modifiers.RightAlt;
                case Key.LeftGui: return Modifiers.LeftGui;
                case Key.RightGui: return Modifiers.RightGui;
                case Key.CapsLock: return Modifiers.CapsLock;
                case Key.NumLock: return Modifiers.NumLock;
                case Key.ScrollLock: return Modifiers.ScrollLock;
                default: return Modifiers.None;
            }
        }
    }
}
