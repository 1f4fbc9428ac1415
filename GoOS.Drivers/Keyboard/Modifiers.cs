using System;

namespace GoOS.Drivers.Keyboard
{
    /// <summary>Which modifier keys are held and which lock keys are on. The PS/2 LED bits are
    /// separate (ScancodeDecoder.Leds) because the keyboard wants them in another order.</summary>
    [Flags]
    public enum Modifiers : ushort
    {
        None = 0,
        LeftShift = 1 << 0,
        RightShift = 1 << 1,
        LeftCtrl = 1 << 2,
        RightCtrl = 1 << 3,
        LeftAlt = 1 << 4,
        /// <summary>Right Alt, which is AltGr on layouts that have one.</summary>
        RightAlt = 1 << 5,
        LeftGui = 1 << 6,
        RightGui = 1 << 7,
        CapsLock = 1 << 8,
        NumLock = 1 << 9,
        ScrollLock = 1 << 10,

        Shift = LeftShift | RightShift,
        Ctrl = LeftCtrl | RightCtrl,
        Alt = LeftAlt | RightAlt,
        AltGr = RightAlt,
        Gui = LeftGui | RightGui,
        Locks = CapsLock | NumLock | ScrollLock,
    }
}
