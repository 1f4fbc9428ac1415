using GoOS.Drivers.Keyboard;
using NUnit.Framework;
using static GoOS.Tests.Host.Shell.ShellTestSupport;

namespace GoOS.Tests.Host.Shell;

/// <summary>Scancode set 1 bytes, as QEMU's i8042 delivers them, through the decoder.</summary>
public class ScancodeDecoderTests
{
    // The main block of a US keyboard: make codes and what they type without and with Shift.
    private static readonly byte[] s_mainCodes =
    {
        0x29, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D,
        0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x2B,
        0x1E, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28,
        0x2C, 0x2D, 0x2E, 0x2F, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x39,
    };
    private const string MainUnshifted = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./ ";
    private const string MainShifted = "~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>? ";

    private static string TypeEachKey(ScancodeDecoder decoder)
    {
        var typed = new System.Text.StringBuilder();
        foreach (byte code in s_mainCodes)
            typed.Append(Typed(Feed(decoder, code, (byte)(code | 0x80))));
        return typed.ToString();
    }

    [Test]
    public void APressAndReleaseAreTwoEventsAndOnlyThePressTypes()
    {
        var decoder = new ScancodeDecoder();
        List<KeyEvent> events = Feed(decoder, 0x1E, 0x9E);
        Assert.That(events, Has.Count.EqualTo(2));
        Assert.That(events[0].Key, Is.EqualTo(Key.A));
        Assert.That(events[0].Pressed, Is.True);
        Assert.That(events[0].Repeat, Is.False);
        Assert.That(events[0].Character, Is.EqualTo('a'));
        Assert.That(events[0].Scancode, Is.EqualTo((ushort)0x1E));
        Assert.That(events[1].Key, Is.EqualTo(Key.A));
        Assert.That(events[1].Pressed, Is.False);
        Assert.That(events[1].Character, Is.EqualTo('\0'));
    }

    [Test]
    public void EveryMainBlockKeyTypesItsUsLegend()
    {
        var decoder = new ScancodeDecoder();
        Assert.That(TypeEachKey(decoder), Is.EqualTo(MainUnshifted));
    }

    [Test]
    public void EveryMainBlockKeyTypesItsShiftedLegendWithEitherShift()
    {
        var decoder = new ScancodeDecoder();
        Feed(decoder, 0x2A);
        Assert.That(TypeEachKey(decoder), Is.EqualTo(MainShifted), "left shift");
        Feed(decoder, 0xAA, 0x36);
        Assert.That(TypeEachKey(decoder), Is.EqualTo(MainShifted), "right shift");
        Feed(decoder, 0xB6);
        Assert.That(TypeEachKey(decoder), Is.EqualTo(MainUnshifted), "both released");
    }

    [Test]
    public void ShiftedLettersAndReleasingShift()
    {
        var decoder = new ScancodeDecoder();
        // Shift down, h, i, Shift up, i
        List<KeyEvent> events = Feed(decoder, 0x2A, 0x23, 0xA3, 0x17, 0x97, 0xAA, 0x17, 0x97);
        Assert.That(Typed(events), Is.EqualTo("HIi"));
        Assert.That(events[0].Key, Is.EqualTo(Key.LeftShift));
        Assert.That(events[0].Modifiers, Is.EqualTo(Modifiers.LeftShift), "a modifier's own press includes it");
        Assert.That(events[0].Character, Is.EqualTo('\0'));
        Assert.That(events[5].Key, Is.EqualTo(Key.LeftShift));
        Assert.That(events[5].Modifiers, Is.EqualTo(Modifiers.None));
    }

    [Test]
    public void ShiftStaysDownWhileEitherShiftKeyIsHeld()
    {
        var decoder = new ScancodeDecoder();
        Feed(decoder, 0x2A, 0x36, 0xAA);   // both down, left up
        Assert.That(decoder.Modifiers, Is.EqualTo(Modifiers.RightShift));
        Assert.That(Typed(Feed(decoder, 0x1E)), Is.EqualTo("A"));
    }

    [Test]
    public void CapsLockAffectsLettersOnlyAndShiftInvertsIt()
    {
        var decoder = new ScancodeDecoder();
        List<KeyEvent> toggle = Feed(decoder, 0x3A, 0xBA);
        Assert.That(toggle[0].Key, Is.EqualTo(Key.CapsLock));
        Assert.That(toggle[0].CapsLock, Is.True);
        Assert.That(decoder.Leds, Is.EqualTo(4));

        Assert.That(Typed(Feed(decoder, 0x1E, 0x9E, 0x02, 0x82, 0x1A, 0x9A)), Is.EqualTo("A1["));
        Assert.That(Typed(Feed(decoder, 0x2A, 0x1E, 0x9E, 0x02, 0x82, 0x1A, 0x9A, 0xAA)), Is.EqualTo("a!{"));

        Feed(decoder, 0x3A, 0xBA);
        Assert.That(decoder.Modifiers & Modifiers.CapsLock, Is.EqualTo(Modifiers.None));
        Assert.That(decoder.Leds, Is.EqualTo(0));
        Assert.That(Typed(Feed(decoder, 0x1E)), Is.EqualTo("a"));
    }

    [Test]
    public void HoldingALockKeyTogglesItOnce()
    {
        var decoder = new ScancodeDecoder();
        List<KeyEvent> events = Feed(decoder, 0x3A, 0x3A, 0x3A, 0xBA);
        Assert.That(events[1].Repeat, Is.True);
        Assert.That(events[2].Repeat, Is.True);
        Assert.That(decoder.Modifiers, Is.EqualTo(Modifiers.CapsLock));
    }

    [Test]
    public void LedByteFollowsTheLocks()
    {
        var decoder = new ScancodeDecoder();
        Feed(decoder, 0x46, 0xC6);
        Assert.That(decoder.Leds, Is.EqualTo(1), "scroll lock");
        Feed(decoder, 0x45, 0xC5);
        Assert.That(decoder.Leds, Is.EqualTo(3), "num lock");
        Feed(decoder, 0x3A, 0xBA);
        Assert.That(decoder.Leds, Is.EqualTo(7), "caps lock");
    }

    [Test]
    public void CtrlLetterTypesControlCodesWithEitherCtrl()
    {
        var decoder = new ScancodeDecoder();
        Assert.That(Typed(Feed(decoder, 0x1D, 0x1E, 0x9E, 0x2E, 0xAE, 0x2C, 0xAC, 0x9D)), Is.EqualTo("\u0001\u0003\u001a"));
        List<KeyEvent> right = Feed(decoder, 0xE0, 0x1D, 0x2E, 0xAE, 0xE0, 0x9D);
        Assert.That(right[0].Key, Is.EqualTo(Key.RightCtrl));
        Assert.That(right[0].Modifiers, Is.EqualTo(Modifiers.RightCtrl));
        Assert.That(right[1].Character, Is.EqualTo('\u0003'));
        Assert.That(right[3].Modifiers, Is.EqualTo(Modifiers.None));
        Assert.That(Typed(Feed(decoder, 0x2E)), Is.EqualTo("c"));
    }

    [Test]
    public void CtrlIgnoresShiftAndCapsForLetters()
    {
        var decoder = new ScancodeDecoder(Modifiers.CapsLock);
        Assert.That(Typed(Feed(decoder, 0x1D, 0x2A, 0x2E)), Is.EqualTo("\u0003"));
    }

    [TestCase((byte)0x1A, false, '\u001b')]    // Ctrl+[ is Escape
    [TestCase((byte)0x2B, false, '\u001c')]    // Ctrl+\
    [TestCase((byte)0x1B, false, '\u001d')]    // Ctrl+]
    [TestCase((byte)0x07, true, '\u001e')]     // Ctrl+^
    [TestCase((byte)0x0C, true, '\u001f')]     // Ctrl+_
    [TestCase((byte)0x35, false, '\u001f')]    // Ctrl+/
    [TestCase((byte)0x35, true, '\u007f')]     // Ctrl+?
    [TestCase((byte)0x0E, false, '\b')]        // Ctrl+Backspace
    [TestCase((byte)0x02, false, '1')]         // no control code: the character itself
    public void CtrlPunctuationTypesXtermControlCodes(byte code, bool shift, char expected)
    {
        var decoder = new ScancodeDecoder();
        Feed(decoder, 0x1D);
        if (shift) Feed(decoder, 0x2A);
        Assert.That(Typed(Feed(decoder, code)), Is.EqualTo(expected.ToString()));
    }

    [TestCase((byte)0x1C, Key.Enter, '\r')]
    [TestCase((byte)0x0E, Key.Backspace, '\u007f')]
    [TestCase((byte)0x0F, Key.Tab, '\t')]
    [TestCase((byte)0x01, Key.Escape, '\u001b')]
    [TestCase((byte)0x39, Key.Space, ' ')]
    [TestCase((byte)0x56, Key.NonUsBackslash, '\\')]
    public void SpecialKeysTypeTerminalBytes(byte code, Key key, char expected)
    {
        List<KeyEvent> events = Feed(new ScancodeDecoder(), code);
        Assert.That(events[0].Key, Is.EqualTo(key));
        Assert.That(events[0].Character, Is.EqualTo(expected));
    }

    [TestCase((byte)0x48, Key.Up)]
    [TestCase((byte)0x50, Key.Down)]
    [TestCase((byte)0x4B, Key.Left)]
    [TestCase((byte)0x4D, Key.Right)]
    [TestCase((byte)0x47, Key.Home)]
    [TestCase((byte)0x4F, Key.End)]
    [TestCase((byte)0x49, Key.PageUp)]
    [TestCase((byte)0x51, Key.PageDown)]
    [TestCase((byte)0x52, Key.Insert)]
    [TestCase((byte)0x53, Key.Delete)]
    [TestCase((byte)0x1D, Key.RightCtrl)]
    [TestCase((byte)0x38, Key.RightAlt)]
    [TestCase((byte)0x5B, Key.LeftGui)]
    [TestCase((byte)0x5C, Key.RightGui)]
    [TestCase((byte)0x5D, Key.Menu)]
    [TestCase((byte)0x1C, Key.KeypadEnter)]
    [TestCase((byte)0x35, Key.KeypadDivide)]
    public void ExtendedKeysPressAndRelease(byte code, Key key)
    {
        List<KeyEvent> events = Feed(new ScancodeDecoder(), 0xE0, code, 0xE0, (byte)(code | 0x80));
        Assert.That(events, Has.Count.EqualTo(2));
        Assert.That(events[0].Key, Is.EqualTo(key));
        Assert.That(events[0].Pressed, Is.True);
        Assert.That(events[0].Scancode, Is.EqualTo((ushort)(0xE000 | code)));
        Assert.That(events[1].Key, Is.EqualTo(key));
        Assert.That(events[1].Pressed, Is.False);
    }

    [Test]
    public void GrayArrowsAreNotKeypadKeys()
    {
        var decoder = new ScancodeDecoder(Modifiers.NumLock);
        List<KeyEvent> events = Feed(decoder, 0xE0, 0x48, 0x48);
        Assert.That(events[0].Key, Is.EqualTo(Key.Up));
        Assert.That(events[0].Character, Is.EqualTo('\0'));
        Assert.That(events[1].Key, Is.EqualTo(Key.Keypad8));
        Assert.That(events[1].Character, Is.EqualTo('8'));
    }

    [Test]
    public void KeypadTypesDigitsOnlyWithNumLockAndWithoutShift()
    {
        byte[] keypad = { 0x52, 0x4F, 0x50, 0x51, 0x4B, 0x4C, 0x4D, 0x47, 0x48, 0x49, 0x53 };
        var decoder = new ScancodeDecoder();
        string TypeKeypad()
        {
            var typed = new System.Text.StringBuilder();
            foreach (byte code in keypad) typed.Append(Typed(Feed(decoder, code, (byte)(code | 0x80))));
            return typed.ToString();
        }

        Assert.That(TypeKeypad(), Is.EqualTo(""), "NumLock off");
        List<KeyEvent> numLock = Feed(decoder, 0x45, 0xC5);
        Assert.That(numLock[0].Key, Is.EqualTo(Key.NumLock));
        Assert.That(numLock[0].NumLock, Is.True);
        Assert.That(TypeKeypad(), Is.EqualTo("0123456789."), "NumLock on");
        Feed(decoder, 0x2A);
        Assert.That(TypeKeypad(), Is.EqualTo(""), "Shift with NumLock gives the navigation keys");
        Feed(decoder, 0xAA);
        Assert.That(Typed(Feed(decoder, 0x4C)), Is.EqualTo("5"));
    }

    [Test]
    public void KeypadOperatorsTypeWhateverTheLocks()
    {
        var decoder = new ScancodeDecoder();
        Assert.That(Typed(Feed(decoder, 0x37, 0x4A, 0x4E, 0xE0, 0x35, 0xE0, 0x1C)), Is.EqualTo("*-+/\r"));
    }

    [Test]
    public void FunctionKeys()
    {
        byte[] codes = { 0x3B, 0x3C, 0x3D, 0x3E, 0x3F, 0x40, 0x41, 0x42, 0x43, 0x44, 0x57, 0x58 };
        var decoder = new ScancodeDecoder();
        for (int i = 0; i < codes.Length; i++)
        {
            List<KeyEvent> events = Feed(decoder, codes[i]);
            Assert.That(events[0].Key, Is.EqualTo((Key)((int)Key.F1 + i)));
            Assert.That(events[0].Character, Is.EqualTo('\0'));
        }
    }

    [Test]
    public void FakeShiftsAroundGrayKeysAreIgnored()
    {
        var decoder = new ScancodeDecoder(Modifiers.NumLock);
        // With NumLock on, the keyboard wraps gray Home in a fake Left Shift press and release.
        List<KeyEvent> events = Feed(decoder, 0xE0, 0x2A, 0xE0, 0x47, 0xE0, 0xC7, 0xE0, 0xAA);
        Assert.That(events, Has.Count.EqualTo(2));
        Assert.That(events[0].Key, Is.EqualTo(Key.Home));
        Assert.That(events[0].Modifiers, Is.EqualTo(Modifiers.NumLock));

        // With real Shift held, it sends a fake release first: Shift must stay down.
        Feed(decoder, 0x2A);
        events = Feed(decoder, 0xE0, 0xAA, 0xE0, 0x47, 0xE0, 0xC7, 0xE0, 0x2A);
        Assert.That(events, Has.Count.EqualTo(2));
        Assert.That(events[0].Shift, Is.True);
        Assert.That(decoder.IsDown(Key.LeftShift), Is.True);
        Assert.That(Typed(Feed(decoder, 0x1E)), Is.EqualTo("A"));
    }

    [Test]
    public void PrintScreenIsOneKey()
    {
        List<KeyEvent> events = Feed(new ScancodeDecoder(), 0xE0, 0x2A, 0xE0, 0x37, 0xE0, 0xB7, 0xE0, 0xAA);
        Assert.That(events, Has.Count.EqualTo(2));
        Assert.That(events[0].Key, Is.EqualTo(Key.PrintScreen));
        Assert.That(events[0].Pressed, Is.True);
        Assert.That(events[1].Key, Is.EqualTo(Key.PrintScreen));
        Assert.That(events[1].Pressed, Is.False);
        Assert.That(events[1].Modifiers, Is.EqualTo(Modifiers.None));
    }

    [Test]
    public void PauseSequenceIsAPressAndARelease()
    {
        var decoder = new ScancodeDecoder();
        List<KeyEvent> events = Feed(decoder, 0xE1, 0x1D, 0x45, 0xE1, 0x9D, 0xC5);
        Assert.That(events, Has.Count.EqualTo(2));
        Assert.That(events[0].Key, Is.EqualTo(Key.Pause));
        Assert.That(events[0].Pressed, Is.True);
        Assert.That(events[1].Key, Is.EqualTo(Key.Pause));
        Assert.That(events[1].Pressed, Is.False);
        Assert.That(decoder.Modifiers, Is.EqualTo(Modifiers.None), "the 1D inside is not Ctrl");
        Assert.That(decoder.Leds, Is.EqualTo(0), "the 45 inside is not NumLock");
        Assert.That(Typed(Feed(decoder, 0x1E)), Is.EqualTo("a"));
    }

    [Test]
    public void CtrlPauseIsBreak()
    {
        List<KeyEvent> events = Feed(new ScancodeDecoder(), 0x1D, 0xE0, 0x46, 0xE0, 0xC6, 0x9D);
        Assert.That(events[1].Key, Is.EqualTo(Key.Pause));
        Assert.That(events[1].Ctrl, Is.True);
        Assert.That(events[2].Pressed, Is.False);
    }

    [Test]
    public void MalformedPrefixSequencesResynchronize()
    {
        var decoder = new ScancodeDecoder();
        Assert.That(Feed(decoder, 0xE1, 0x10, 0x11), Is.Empty, "an unknown E1 sequence is dropped");
        Assert.That(Typed(Feed(decoder, 0x1E)), Is.EqualTo("a"));
        Assert.That(Feed(decoder, 0xE1, 0xE1, 0x1D, 0x45)[0].Key, Is.EqualTo(Key.Pause), "a new E1 restarts it");
        Assert.That(Feed(decoder, 0xE0, 0xE0, 0x48)[0].Key, Is.EqualTo(Key.Up), "a doubled E0 is one prefix");
        Assert.That(Feed(decoder, 0xE1, 0xE0, 0x48)[0].Key, Is.EqualTo(Key.Up), "E0 abandons an E1 sequence");
        Assert.That(Feed(decoder, 0xE0, 0xE1, 0x1D, 0x45)[0].Key, Is.EqualTo(Key.Pause), "E1 abandons an E0 prefix");
    }

    [TestCase((byte)0xFA)]
    [TestCase((byte)0xFE)]
    [TestCase((byte)0xEE)]
    [TestCase((byte)0x00)]
    [TestCase((byte)0xFF)]
    public void KeyboardResponsesAreNotKeys(byte response)
    {
        var decoder = new ScancodeDecoder();
        Assert.That(Feed(decoder, response), Is.Empty);
        Assert.That(Typed(Feed(decoder, 0x1E)), Is.EqualTo("a"));
    }

    [Test]
    public void UnknownCodesAreReportedAsUnknown()
    {
        List<KeyEvent> events = Feed(new ScancodeDecoder(), 0x55, 0xE0, 0x20, 0xE0, 0xA0);
        Assert.That(events, Has.Count.EqualTo(3));
        Assert.That(events[0].Key, Is.EqualTo(Key.Unknown));
        Assert.That(events[0].Scancode, Is.EqualTo((ushort)0x55));
        Assert.That(events[1].Key, Is.EqualTo(Key.Unknown));
        Assert.That(events[1].Scancode, Is.EqualTo((ushort)0xE020));
        Assert.That(events[2].Pressed, Is.False);
        Assert.That(events[1].Character, Is.EqualTo('\0'));
    }

    [Test]
    public void TypematicRepeatIsMarked()
    {
        var decoder = new ScancodeDecoder();
        List<KeyEvent> events = Feed(decoder, 0x1E, 0x1E, 0x1E, 0x9E, 0x1E);
        Assert.That(events[0].Repeat, Is.False);
        Assert.That(events[1].Repeat, Is.True);
        Assert.That(events[2].Repeat, Is.True);
        Assert.That(events[3].Repeat, Is.False);
        Assert.That(events[4].Repeat, Is.False);
        Assert.That(Typed(events), Is.EqualTo("aaaa"), "repeats type too");
    }

    [Test]
    public void AltKeysAreTrackedSeparatelyAndAltGrTypesNothingExtraUnderUs()
    {
        var decoder = new ScancodeDecoder();
        List<KeyEvent> events = Feed(decoder, 0x38, 0x1E, 0xB8, 0xE0, 0x38, 0x1E, 0xE0, 0xB8);
        Assert.That(events[0].Key, Is.EqualTo(Key.LeftAlt));
        Assert.That(events[1].Modifiers, Is.EqualTo(Modifiers.LeftAlt));
        Assert.That(events[1].Character, Is.EqualTo('a'));
        Assert.That(events[3].Key, Is.EqualTo(Key.RightAlt));
        Assert.That(events[4].Modifiers, Is.EqualTo(Modifiers.AltGr));
        Assert.That(events[4].Alt, Is.True);
        Assert.That(events[4].Character, Is.EqualTo('a'));
        Assert.That(decoder.Modifiers, Is.EqualTo(Modifiers.None));
    }

    [Test]
    public void InitialLocksAndReset()
    {
        var decoder = new ScancodeDecoder(Modifiers.NumLock | Modifiers.LeftShift);
        Assert.That(decoder.Modifiers, Is.EqualTo(Modifiers.NumLock), "only locks are taken from the constructor");
        Feed(decoder, 0x2A, 0x1D, 0x1E, 0xE0);
        decoder.Reset();
        Assert.That(decoder.Modifiers, Is.EqualTo(Modifiers.NumLock));
        Assert.That(decoder.IsDown(Key.A), Is.False);
        Assert.That(Feed(decoder, 0x48)[0].Key, Is.EqualTo(Key.Keypad8), "the pending E0 was dropped");
    }

    [Test]
    public void ReleasingAKeyThatWasNeverPressedIsHarmless()
    {
        var decoder = new ScancodeDecoder();
        List<KeyEvent> events = Feed(decoder, 0xAA, 0x9E);
        Assert.That(events, Has.Count.EqualTo(2));
        Assert.That(decoder.Modifiers, Is.EqualTo(Modifiers.None));
    }
}
