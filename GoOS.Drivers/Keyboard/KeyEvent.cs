namespace GoOS.Drivers.Keyboard
{
    /// <summary>One key going down (or repeating) or coming up, as ScancodeDecoder reports it.</summary>
    public readonly struct KeyEvent
    {
        /// <summary>The physical key.</summary>
        public readonly Key Key;

        /// <summary>True for a press (including auto-repeats), false for a release.</summary>
        public readonly bool Pressed;

        /// <summary>A press of a key that was already down: the keyboard's typematic repeat.</summary>
        public readonly bool Repeat;

        /// <summary>The modifier and lock state after this event (a Shift press includes Shift).</summary>
        public readonly Modifiers Modifiers;

        /// <summary>The byte the key types under the US layout, as a terminal would send it
        /// (Enter is '\r', Backspace 0x7F, Tab '\t', Escape 0x1B, Ctrl+letter 1..26); 0 when it
        /// types nothing, which includes every release.</summary>
        public readonly char Character;

        /// <summary>The scancode: the make code, with 0xE000 added for 0xE0-prefixed keys.</summary>
        public readonly ushort Scancode;

        public KeyEvent(Key key, bool pressed, bool repeat, Modifiers modifiers, char character, ushort scancode)
        {
            Key = key;
            Pressed = pressed;
            Repeat = repeat;
            Modifiers = modifiers;
            Character = character;
            Scancode = scancode;
        }

        public bool Shift => (Modifiers & Modifiers.Shift) != 0;
        public bool Ctrl => (Modifiers & Modifiers.Ctrl) != 0;
        public bool Alt => (Modifiers & Modifiers.Alt) != 0;
        public bool CapsLock => (Modifiers & Modifiers.CapsLock) != 0;
        public bool NumLock => (Modifiers & Modifiers.NumLock) != 0;
    }
}
