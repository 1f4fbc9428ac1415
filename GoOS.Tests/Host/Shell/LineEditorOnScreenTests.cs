using System.Text;
using GoOS.Apps.Shell;
using GoOS.Terminal;
using GoOS.Drivers.Keyboard;
using NUnit.Framework;
using static GoOS.Tests.Host.Shell.ShellTestSupport;

namespace GoOS.Tests.Host.Shell;

/// <summary>The pieces together: what the line editor sends, replayed into the text screen,
/// must show exactly the edited line after the prompt, with the cursor where the editor has it.</summary>
public class LineEditorOnScreenTests
{
    private const string Prompt = "$ ";
    private const string Left = "\u001b[D", Right = "\u001b[C", Up = "\u001b[A", Down = "\u001b[B";
    private const string Home = "\u001b[H", End = "\u001b[F", Delete = "\u001b[3~";

    private static void AssertShowsLine(TextScreen<ArrayCells> screen, int row, LineEditor editor, string step)
    {
        Assert.That(screen.RowText(row), Is.EqualTo((Prompt + editor.Text).PadRight(screen.Columns)), step);
        Assert.That(screen.Row, Is.EqualTo(row), step);
        Assert.That(screen.Column, Is.EqualTo(Prompt.Length + editor.Cursor), step);
    }

    public static IEnumerable<TestCaseData> Scripts()
    {
        yield return new TestCaseData("hello world", "hello world").SetName("Plain typing");
        yield return new TestCaseData("helo" + Left + "l", "hello").SetName("Insert in the middle");
        yield return new TestCaseData("world" + Home + "hello ", "hello world").SetName("Insert at the start");
        yield return new TestCaseData("abcdef\u007f\u007f", "abcd").SetName("Backspace at the end");
        yield return new TestCaseData("abcdef" + Left + Left + Left + "\u007f\u007f", "adef").SetName("Backspace in the middle");
        yield return new TestCaseData("abcdef" + Home + Delete + Delete + Right + Delete, "cef").SetName("Delete");
        yield return new TestCaseData("long line here" + Left + Left + "\u0015short", "short").SetName("Kill line then type");
        yield return new TestCaseData("echo one two" + Left + Left + Left + "\u000b", "echo one ").SetName("Kill to end");
        yield return new TestCaseData("echo one two" + Left + Left + Left + "\u0017", "echo two").SetName("Kill word");
        yield return new TestCaseData("x" + Left + Left + Right + Right + End + Home + "\u0005y", "xy").SetName("Moves past the ends");
        yield return new TestCaseData("abc\u0001\u0004\u0004", "c").SetName("Ctrl-D deletes forward");
    }

    [TestCaseSource(nameof(Scripts))]
    public void ScriptShowsTheEditedLine(string input, string expected)
    {
        TextScreen<ArrayCells> screen = NewScreen();
        var editor = new LineEditor(80 - Prompt.Length - 1);
        var output = new StringBuilder();
        screen.Write(Prompt);
        foreach (char c in input)
        {
            output.Clear();
            editor.Feed((byte)c, output);
            screen.Write(output);
            AssertShowsLine(screen, 0, editor, "after " + Show(c.ToString()));
        }
        Assert.That(editor.Text, Is.EqualTo(expected));
    }

    [Test]
    public void HistoryRecallOfLongerAndShorterLinesLeavesNoDebris()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        var editor = new LineEditor(77);
        var output = new StringBuilder();
        foreach (string line in new[] { "a very long command line indeed", "ls", "echo medium" })
        {
            screen.Write(Prompt);
            Type(editor, line + "\r", output);
            screen.Write(output);
            output.Clear();
        }
        Assert.That(screen.RowText(0).TrimEnd(), Is.EqualTo("$ a very long command line indeed"));
        Assert.That(screen.Row, Is.EqualTo(3));
        Assert.That(screen.Column, Is.EqualTo(0));

        screen.Write(Prompt);
        Type(editor, "draft", output);
        screen.Write(output);
        foreach (string key in new[] { Up, Up, Up, Down, Left, Left, Up, Down, Down, Down, "\u0003" })
        {
            output.Clear();
            LineStatus status = editor.Feed((byte)key[0], output);
            for (int i = 1; i < key.Length; i++) status = editor.Feed((byte)key[i], output);
            screen.Write(output);
            if (status == LineStatus.Cancelled)
            {
                Assert.That(screen.RowText(3).TrimEnd(), Is.EqualTo("$ draft^C"));
                Assert.That(screen.Row, Is.EqualTo(4));
                Assert.That(screen.Column, Is.EqualTo(0));
            }
            else AssertShowsLine(screen, 3, editor, "after " + Show(key));
        }
    }

    [Test]
    public void AFullLengthLineStaysOnItsRow()
    {
        TextScreen<ArrayCells> screen = NewScreen(20, 4);
        var editor = new LineEditor(20 - Prompt.Length - 1);
        var output = new StringBuilder();
        screen.Write(Prompt);
        Type(editor, "0123456789ABCDEFGHIJ" + Home + "x" + End + Left + "\u007f" + "yz", output);
        screen.Write(output);
        Assert.That(editor.Text, Is.EqualTo("0123456789ABCDEyG"), "17 characters fit; x and z were refused");
        AssertShowsLine(screen, 0, editor, "end");
        Assert.That(screen.RowText(1).TrimEnd(), Is.Empty);
    }

    [TestCase(80, 30)]
    [TestCase(20, 17)]
    public void RandomEditingAlwaysShowsTheLine(int columns, int maxLength)
    {
        string[] keys =
        {
            "a", "b", "c", " ", "x", "y", "1", "-", Left, Right, Home, End, Delete, "\u007f", "\b",
            "\u0001", "\u0005", "\u0002", "\u0006", "\u000b", "\u0015", "\u0017", Up, Down, "\u0004",
        };
        var random = new Random(20240601);
        TextScreen<ArrayCells> screen = NewScreen(columns, 5);
        var editor = new LineEditor(maxLength, historyCapacity: 4);
        var output = new StringBuilder();
        screen.Write(Prompt);
        for (int step = 0; step < 5000; step++)
        {
            string key = random.Next(60) == 0 ? "\r" : keys[random.Next(keys.Length)];
            output.Clear();
            LineStatus status = LineStatus.Editing;
            foreach (char c in key) status = editor.Feed((byte)c, output);
            screen.Write(output);
            if (status == LineStatus.Completed)
            {
                Assert.That(screen.Column, Is.EqualTo(0));
                screen.Write("\u001b[2J\u001b[H" + Prompt);
            }
            else if (status == LineStatus.EndOfInput) continue;
            AssertShowsLine(screen, 0, editor, "step " + step + ": " + Show(key));
        }
    }

    [Test]
    public void KeyboardScancodesEditALineOnTheScreen()
    {
        var decoder = new ScancodeDecoder();
        var editor = new LineEditor(77);
        TextScreen<ArrayCells> screen = NewScreen();
        var output = new StringBuilder();
        screen.Write(Prompt);
        byte[] codes =
        {
            0x2A, 0x12, 0x92, 0xAA, 0x2F, 0xAF, 0x26, 0xA6,     // Shift+e, v, l  -> "Evl"
            0xE0, 0x4B, 0xE0, 0xCB,                             // Left
            0x1E, 0x9E,                                         // a             -> "Eval"
            0xE0, 0x47, 0xE0, 0xC7,                             // Home
            0xE0, 0x53, 0xE0, 0xD3,                             // Delete        -> "val"
            0x1D, 0x12, 0x92, 0x9D,                             // Ctrl+E (end)
            0x39, 0xB9, 0x2A, 0x03, 0x83, 0xAA,                 // space, Shift+2 -> "val @"
            0x0E, 0x8E,                                         // Backspace     -> "val "
        };
        Span<byte> sequence = stackalloc byte[TerminalEncoder.MaxSequenceLength];
        foreach (byte code in codes)
        {
            if (!decoder.Feed(code, out KeyEvent e)) continue;
            int length = TerminalEncoder.Encode(e, sequence);
            for (int i = 0; i < length; i++) editor.Feed(sequence[i], output);
        }
        screen.Write(output);
        Assert.That(editor.Text, Is.EqualTo("val "));
        AssertShowsLine(screen, 0, editor, "end");

        output.Clear();
        foreach (byte code in new byte[] { 0x1C, 0x9C })
            if (decoder.Feed(code, out KeyEvent e) && TerminalEncoder.Encode(e, sequence) == 1)
                Assert.That(editor.Feed(sequence[0], output), Is.EqualTo(LineStatus.Completed));
        Assert.That(editor.CompletedLine, Is.EqualTo("val "));
        screen.Write(output);
        Assert.That(screen.Row, Is.EqualTo(1));
    }
}
