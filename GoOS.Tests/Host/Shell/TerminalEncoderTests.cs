using GoOS.Drivers.Keyboard;
using NUnit.Framework;
using static GoOS.Tests.Host.Shell.ShellTestSupport;

namespace GoOS.Tests.Host.Shell;

/// <summary>Key events to the bytes a VT100/xterm terminal sends.</summary>
public class TerminalEncoderTests
{
    private static KeyEvent Press(Key key, Modifiers modifiers = Modifiers.None) =>
        new KeyEvent(key, true, false, modifiers, UsLayout.Character(key, modifiers), 0);

    [TestCase(Key.Up, "\u001b[A")]
    [TestCase(Key.Down, "\u001b[B")]
    [TestCase(Key.Right, "\u001b[C")]
    [TestCase(Key.Left, "\u001b[D")]
    [TestCase(Key.Home, "\u001b[H")]
    [TestCase(Key.End, "\u001b[F")]
    [TestCase(Key.Insert, "\u001b[2~")]
    [TestCase(Key.Delete, "\u001b[3~")]
    [TestCase(Key.PageUp, "\u001b[5~")]
    [TestCase(Key.PageDown, "\u001b[6~")]
    [TestCase(Key.F1, "\u001bOP")]
    [TestCase(Key.F2, "\u001bOQ")]
    [TestCase(Key.F3, "\u001bOR")]
    [TestCase(Key.F4, "\u001bOS")]
    [TestCase(Key.F5, "\u001b[15~")]
    [TestCase(Key.F6, "\u001b[17~")]
    [TestCase(Key.F7, "\u001b[18~")]
    [TestCase(Key.F8, "\u001b[19~")]
    [TestCase(Key.F9, "\u001b[20~")]
    [TestCase(Key.F10, "\u001b[21~")]
    [TestCase(Key.F11, "\u001b[23~")]
    [TestCase(Key.F12, "\u001b[24~")]
    [TestCase(Key.Enter, "\r")]
    [TestCase(Key.KeypadEnter, "\r")]
    [TestCase(Key.Backspace, "\u007f")]
    [TestCase(Key.Tab, "\t")]
    [TestCase(Key.Escape, "\u001b")]
    [TestCase(Key.Space, " ")]
    [TestCase(Key.Q, "q")]
    public void KeySendsItsSequence(Key key, string expected)
    {
        Assert.That(Encode(Press(key)), Is.EqualTo(expected));
    }

    [TestCase(Key.LeftShift)]
    [TestCase(Key.RightCtrl)]
    [TestCase(Key.LeftAlt)]
    [TestCase(Key.CapsLock)]
    [TestCase(Key.NumLock)]
    [TestCase(Key.Keypad5)]
    [TestCase(Key.PrintScreen)]
    [TestCase(Key.Pause)]
    [TestCase(Key.Unknown)]
    public void KeysThatSendNothing(Key key)
    {
        Assert.That(Encode(Press(key)), Is.Empty);
    }

    [Test]
    public void ReleasesSendNothing()
    {
        Assert.That(Encode(new KeyEvent(Key.A, false, false, Modifiers.None, '\0', 0x9E)), Is.Empty);
        Assert.That(Encode(new KeyEvent(Key.Up, false, false, Modifiers.None, '\0', 0xE0C8)), Is.Empty);
    }

    [Test]
    public void CtrlBackspaceSendsBackspaceByte()
    {
        Assert.That(Encode(Press(Key.Backspace, Modifiers.LeftCtrl)), Is.EqualTo("\b"));
    }

    [Test]
    public void ControlLettersAreSentAsTheyAre()
    {
        Assert.That(Encode(Press(Key.C, Modifiers.RightCtrl)), Is.EqualTo("\u0003"));
    }

    [Test]
    public void LeftAltPrefixesEscapeButAltGrDoesNot()
    {
        Assert.That(Encode(Press(Key.X, Modifiers.LeftAlt)), Is.EqualTo("\u001bx"));
        Assert.That(Encode(Press(Key.X, Modifiers.LeftAlt | Modifiers.LeftShift)), Is.EqualTo("\u001bX"));
        Assert.That(Encode(Press(Key.X, Modifiers.AltGr)), Is.EqualTo("x"));
        Assert.That(Encode(Press(Key.Up, Modifiers.LeftAlt)), Is.EqualTo("\u001b[A"), "navigation keys ignore modifiers");
    }

    [TestCase(Key.Keypad8, "\u001b[A")]
    [TestCase(Key.Keypad2, "\u001b[B")]
    [TestCase(Key.Keypad6, "\u001b[C")]
    [TestCase(Key.Keypad4, "\u001b[D")]
    [TestCase(Key.Keypad7, "\u001b[H")]
    [TestCase(Key.Keypad1, "\u001b[F")]
    [TestCase(Key.Keypad9, "\u001b[5~")]
    [TestCase(Key.Keypad3, "\u001b[6~")]
    [TestCase(Key.Keypad0, "\u001b[2~")]
    [TestCase(Key.KeypadPeriod, "\u001b[3~")]
    public void KeypadWithoutNumLockNavigates(Key key, string expected)
    {
        Assert.That(Encode(Press(key)), Is.EqualTo(expected));
        Assert.That(Encode(Press(key, Modifiers.NumLock | Modifiers.RightShift)), Is.EqualTo(expected));
    }

    [Test]
    public void KeypadWithNumLockSendsDigits()
    {
        Assert.That(Encode(Press(Key.Keypad8, Modifiers.NumLock)), Is.EqualTo("8"));
        Assert.That(Encode(Press(Key.KeypadPeriod, Modifiers.NumLock)), Is.EqualTo("."));
    }

    [Test]
    public void NoKeyNeedsMoreThanMaxSequenceLength()
    {
        Span<byte> buffer = stackalloc byte[16];
        for (int k = 0; k <= (int)Key.KeypadEnter; k++)
        {
            foreach (Modifiers m in new[] { Modifiers.None, Modifiers.LeftAlt, Modifiers.LeftCtrl | Modifiers.LeftAlt, Modifiers.NumLock, Modifiers.LeftShift | Modifiers.LeftAlt })
            {
                int length = TerminalEncoder.Encode(Press((Key)k, m), buffer);
                Assert.That(length, Is.LessThanOrEqualTo(TerminalEncoder.MaxSequenceLength), ((Key)k).ToString());
            }
        }
    }

    [Test]
    public void ScancodesThroughDecoderAndEncoder()
    {
        var decoder = new ScancodeDecoder();
        var sent = new System.Text.StringBuilder();
        // h, Shift+i, Left arrow (extended), Delete (extended), Enter
        foreach (KeyEvent e in Feed(decoder, 0x23, 0xA3, 0x2A, 0x17, 0x97, 0xAA, 0xE0, 0x4B, 0xE0, 0xCB, 0xE0, 0x53, 0xE0, 0xD3, 0x1C, 0x9C))
            sent.Append(Encode(e));
        Assert.That(sent.ToString(), Is.EqualTo("hI\u001b[D\u001b[3~\r"));
    }
}
