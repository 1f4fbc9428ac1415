namespace GoOS.Drivers.Keyboard
{
    /// <summary>A physical key, named after its US-layout legend. Keypad keys are their own keys:
    /// whether Keypad7 types '7' or acts as Home is decided by NumLock (see ScancodeDecoder).
    /// Values stay below 256 so a decoder can keep one "is down" flag per key in a small array.</summary>
    public enum Key : byte
    {
        None = 0,
        Unknown,

        A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z,
        D0, D1, D2, D3, D4, D5, D6, D7, D8, D9,

        Grave, Minus, Equals, LeftBracket, RightBracket, Backslash, Semicolon, Apostrophe,
        Comma, Period, Slash,
        /// <summary>The extra key left of Z on 102-key (ISO) keyboards; types '\' and '|' under US.</summary>
        NonUsBackslash,

        Enter, Backspace, Tab, Escape, Space,

        Up, Down, Left, Right, Home, End, PageUp, PageDown, Insert, Delete,

        F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12,

        LeftShift, RightShift, LeftCtrl, RightCtrl, LeftAlt,
        /// <summary>Right Alt, AltGr on layouts that have one (the US layout gives it no characters).</summary>
        RightAlt,
        LeftGui, RightGui, Menu,

        CapsLock, NumLock, ScrollLock,
        PrintScreen, SysRq, Pause,

        Keypad0, Keypad1, Keypad2, Keypad3, Keypad4, Keypad5, Keypad6, Keypad7, Keypad8, Keypad9,
        KeypadPeriod, KeypadPlus, KeypadMinus, KeypadMultiply, KeypadDivide, KeypadEnter,
    }
}
