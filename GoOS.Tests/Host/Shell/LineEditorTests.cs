using System.Text;
using GoOS.Apps.Shell;
using NUnit.Framework;
using static GoOS.Tests.Host.Shell.ShellTestSupport;

namespace GoOS.Tests.Host.Shell;

/// <summary>The line editor's line, cursor, history and the exact bytes it sends back.</summary>
public class LineEditorTests
{
    private const string Left = "\u001b[D", Right = "\u001b[C", Up = "\u001b[A", Down = "\u001b[B";
    private const string Home = "\u001b[H", End = "\u001b[F", Delete = "\u001b[3~";

    private static (LineEditor editor, StringBuilder output) Typed(string input, int maxLength = LineEditor.DefaultMaxLength)
    {
        var editor = new LineEditor(maxLength);
        var output = new StringBuilder();
        Type(editor, input, output);
        return (editor, output);
    }

    // The output produced by 'input' alone, after 'setup' was typed.
    private static string OutputOf(LineEditor editor, string input)
    {
        var output = new StringBuilder();
        Type(editor, input, output);
        return output.ToString();
    }

    [Test]
    public void TypingEchoesAndEnterCompletes()
    {
        var editor = new LineEditor();
        var output = new StringBuilder();
        Assert.That(Type(editor, "ls -l", output), Is.Empty);
        Assert.That(editor.Text, Is.EqualTo("ls -l"));
        Assert.That(editor.Cursor, Is.EqualTo(5));
        Assert.That(editor.Feed((byte)'\r', output), Is.EqualTo(LineStatus.Completed));
        Assert.That(editor.CompletedLine, Is.EqualTo("ls -l"));
        Assert.That(editor.Text, Is.Empty);
        Assert.That(editor.Cursor, Is.EqualTo(0));
        Assert.That(output.ToString(), Is.EqualTo("ls -l\r\n"));
    }

    [Test]
    public void CarriageReturnLineFeedIsOneLineEnd()
    {
        var editor = new LineEditor();
        var output = new StringBuilder();
        Assert.That(Type(editor, "a\r\nb\nc\r\r", output),
            Is.EqualTo(new[] { LineStatus.Completed, LineStatus.Completed, LineStatus.Completed, LineStatus.Completed }));
        Assert.That(editor.CompletedLine, Is.Empty, "the second CR ends an empty line");
        Assert.That(output.ToString(), Is.EqualTo("a\r\nb\r\nc\r\n\r\n"));
    }

    [Test]
    public void InsertInTheMiddleRedrawsTheTailAndComesBack()
    {
        (LineEditor editor, _) = Typed("ac" + Left);
        Assert.That(OutputOf(editor, "b"), Is.EqualTo("bc\b"));
        Assert.That(editor.Text, Is.EqualTo("abc"));
        Assert.That(editor.Cursor, Is.EqualTo(2));

        Assert.That(OutputOf(editor, Home + "X"), Is.EqualTo("\u001b[2DXabc\u001b[3D"));
        Assert.That(editor.Text, Is.EqualTo("Xabc"));
        Assert.That(editor.Cursor, Is.EqualTo(1));
    }

    [Test]
    public void BackspaceAtTheEndErasesTheLastCharacter()
    {
        (LineEditor editor, _) = Typed("abc");
        Assert.That(OutputOf(editor, "\u007f"), Is.EqualTo("\b\u001b[K"));
        Assert.That(editor.Text, Is.EqualTo("ab"));
        Assert.That(OutputOf(editor, "\b"), Is.EqualTo("\b\u001b[K"), "0x08 is Backspace too");
        Assert.That(editor.Text, Is.EqualTo("a"));
    }

    [Test]
    public void BackspaceInTheMiddleShiftsTheTail()
    {
        (LineEditor editor, _) = Typed("abcd" + Left + Left);
        Assert.That(OutputOf(editor, "\u007f"), Is.EqualTo("\bcd\u001b[K\u001b[2D"));
        Assert.That(editor.Text, Is.EqualTo("acd"));
        Assert.That(editor.Cursor, Is.EqualTo(1));
    }

    [Test]
    public void BackspaceAtTheStartDoesNothing()
    {
        (LineEditor editor, _) = Typed("ab" + Home);
        Assert.That(OutputOf(editor, "\u007f\u007f"), Is.Empty);
        Assert.That(editor.Text, Is.EqualTo("ab"));
    }

    [Test]
    public void DeleteRemovesUnderTheCursor()
    {
        (LineEditor editor, _) = Typed("abc" + Home);
        Assert.That(OutputOf(editor, Delete), Is.EqualTo("bc\u001b[K\u001b[2D"));
        Assert.That(editor.Text, Is.EqualTo("bc"));
        Assert.That(editor.Cursor, Is.EqualTo(0));
        Assert.That(OutputOf(editor, End + Delete), Is.EqualTo("\u001b[2C"), "Delete at the end does nothing");
        Assert.That(editor.Text, Is.EqualTo("bc"));
    }

    [Test]
    public void LeftAndRightStopAtTheEnds()
    {
        (LineEditor editor, _) = Typed("ab");
        Assert.That(OutputOf(editor, Right), Is.Empty);
        Assert.That(OutputOf(editor, Left + Left + Left), Is.EqualTo("\b\b"));
        Assert.That(editor.Cursor, Is.EqualTo(0));
        Assert.That(OutputOf(editor, Right), Is.EqualTo("a"), "moving right rewrites the character passed");
        Assert.That(editor.Cursor, Is.EqualTo(1));
    }

    [TestCase("\u001b[H", "\u001b[F")]
    [TestCase("\u001b[1~", "\u001b[4~")]
    [TestCase("\u001b[7~", "\u001b[8~")]
    [TestCase("\u001bOH", "\u001bOF")]
    [TestCase("\u0001", "\u0005")]
    public void HomeAndEndInEveryForm(string home, string end)
    {
        (LineEditor editor, _) = Typed("hello");
        Assert.That(OutputOf(editor, home), Is.EqualTo("\u001b[5D"));
        Assert.That(editor.Cursor, Is.EqualTo(0));
        Assert.That(OutputOf(editor, home), Is.Empty);
        Assert.That(OutputOf(editor, end), Is.EqualTo("\u001b[5C"));
        Assert.That(editor.Cursor, Is.EqualTo(5));
    }

    [Test]
    public void EmacsMovesAndApplicationCursorKeys()
    {
        (LineEditor editor, _) = Typed("abc\u0002\u0002");
        Assert.That(editor.Cursor, Is.EqualTo(1));
        Type(editor, "\u0006", new StringBuilder());
        Assert.That(editor.Cursor, Is.EqualTo(2));
        Type(editor, "\u001bOD\u001bOD", new StringBuilder());
        Assert.That(editor.Cursor, Is.EqualTo(0));
        Type(editor, "\u001bOC", new StringBuilder());
        Assert.That(editor.Cursor, Is.EqualTo(1));
    }

    [Test]
    public void ModifiedCursorKeysActAsPlainOnes()
    {
        (LineEditor editor, _) = Typed("abc\u001b[1;5D\u001b[1;3D");
        Assert.That(editor.Cursor, Is.EqualTo(1));
    }

    [Test]
    public void CtrlUKillsTheWholeLine()
    {
        (LineEditor editor, _) = Typed("echo hi" + Left + Left);
        Assert.That(OutputOf(editor, "\u0015"), Is.EqualTo("\u001b[5D\u001b[K"));
        Assert.That(editor.Text, Is.Empty);
        Assert.That(editor.Cursor, Is.EqualTo(0));
        Assert.That(OutputOf(editor, "\u0015"), Is.Empty);
    }

    [Test]
    public void CtrlKKillsToTheEnd()
    {
        (LineEditor editor, _) = Typed("echo hi" + Left + Left);
        Assert.That(OutputOf(editor, "\u000b"), Is.EqualTo("\u001b[K"));
        Assert.That(editor.Text, Is.EqualTo("echo "));
        Assert.That(OutputOf(editor, "\u000b"), Is.Empty);
    }

    [Test]
    public void CtrlWKillsTheWordBefore()
    {
        (LineEditor editor, _) = Typed("cat  some file" + Left + Left + Left + Left);
        Assert.That(OutputOf(editor, "\u0017"), Is.EqualTo("\u001b[5Dfile\u001b[K\u001b[4D"));
        Assert.That(editor.Text, Is.EqualTo("cat  file"));
        Assert.That(editor.Cursor, Is.EqualTo(5));
        Type(editor, "\u0017", new StringBuilder());
        Assert.That(editor.Text, Is.EqualTo("file"), "blanks before the cursor go with the word");
        Assert.That(OutputOf(editor, "\u0017"), Is.Empty);
    }

    [Test]
    public void CtrlCCancelsTheLine()
    {
        var editor = new LineEditor();
        var output = new StringBuilder();
        Assert.That(Type(editor, "rm -rf\u0003", output), Is.EqualTo(new[] { LineStatus.Cancelled }));
        Assert.That(output.ToString(), Is.EqualTo("rm -rf^C\r\n"));
        Assert.That(editor.Text, Is.Empty);
        Assert.That(editor.History.Count, Is.EqualTo(0), "a cancelled line is not history");
    }

    [Test]
    public void CtrlDEndsInputOnlyOnAnEmptyLine()
    {
        (LineEditor editor, _) = Typed("ab" + Home);
        var output = new StringBuilder();
        Assert.That(editor.Feed(0x04, output), Is.EqualTo(LineStatus.Editing));
        Assert.That(editor.Text, Is.EqualTo("b"));
        Assert.That(editor.Feed(0x04, output), Is.EqualTo(LineStatus.Editing));
        Assert.That(editor.Text, Is.Empty);
        output.Clear();
        Assert.That(editor.Feed(0x04, output), Is.EqualTo(LineStatus.EndOfInput));
        Assert.That(output.ToString(), Is.Empty);
    }

    [Test]
    public void HistoryGoesBackAndForthAndRestoresTheNewLine()
    {
        var editor = new LineEditor();
        var output = new StringBuilder();
        Type(editor, "one\rtwo\rtwo\r   \rthree\rdra", output);
        Assert.That(editor.History.Count, Is.EqualTo(3), "no blank lines, no repeated lines");

        string[] expected = { "three", "two", "one", "one" };
        foreach (string line in expected)
        {
            Type(editor, Up, output);
            Assert.That(editor.Text, Is.EqualTo(line));
            Assert.That(editor.Cursor, Is.EqualTo(line.Length));
        }
        Type(editor, Down, output);
        Assert.That(editor.Text, Is.EqualTo("two"));
        Type(editor, "\u000e\u000e", output);
        Assert.That(editor.Text, Is.EqualTo("dra"), "Ctrl-N past the newest entry brings back the new line");
        Type(editor, Down, output);
        Assert.That(editor.Text, Is.EqualTo("dra"));
        Type(editor, "\u0010", output);
        Assert.That(editor.Text, Is.EqualTo("three"), "Ctrl-P");
    }

    [Test]
    public void HistoryRecallOutput()
    {
        var editor = new LineEditor();
        Type(editor, "echo hello\rab", new StringBuilder());
        Assert.That(OutputOf(editor, Up), Is.EqualTo("\u001b[2Decho hello\u001b[K"));
        Assert.That(OutputOf(editor, Down), Is.EqualTo("\u001b[10Dab\u001b[K"));
    }

    [Test]
    public void EditingARecalledLineAndEnteringItAddsIt()
    {
        var editor = new LineEditor();
        var output = new StringBuilder();
        Type(editor, "make\r" + Up + " all", output);
        Assert.That(editor.Text, Is.EqualTo("make all"));
        Assert.That(editor.Feed((byte)'\r', output), Is.EqualTo(LineStatus.Completed));
        Assert.That(editor.CompletedLine, Is.EqualTo("make all"));
        Assert.That(editor.History[0], Is.EqualTo("make"), "the entry itself is not changed");
        Assert.That(editor.History[1], Is.EqualTo("make all"));
    }

    [Test]
    public void EditsToARecalledEntryAreDroppedWhenLeavingIt()
    {
        var editor = new LineEditor();
        Type(editor, "one\rtwo\r" + Up + "XX" + Up + Down, new StringBuilder());
        Assert.That(editor.Text, Is.EqualTo("two"));
    }

    [Test]
    public void HistoryIsBounded()
    {
        var editor = new LineEditor(historyCapacity: 32);
        var output = new StringBuilder();
        for (int i = 0; i < 40; i++) Type(editor, "cmd" + i + "\r", output);
        Assert.That(editor.History.Count, Is.EqualTo(32));
        Assert.That(editor.History[0], Is.EqualTo("cmd8"));
        Assert.That(editor.History[31], Is.EqualTo("cmd39"));
        for (int i = 0; i < 40; i++) Type(editor, Up, output);
        Assert.That(editor.Text, Is.EqualTo("cmd8"));
    }

    [Test]
    public void UpWithNoHistoryDoesNothing()
    {
        (LineEditor editor, _) = Typed("x");
        Assert.That(OutputOf(editor, Up + Down), Is.Empty);
        Assert.That(editor.Text, Is.EqualTo("x"));
    }

    [Test]
    public void LineLengthIsBoundedWithABell()
    {
        (LineEditor editor, StringBuilder output) = Typed("abcdefg", maxLength: 5);
        Assert.That(editor.Text, Is.EqualTo("abcde"));
        Assert.That(output.ToString(), Is.EqualTo("abcde\a\a"));
        Type(editor, Home, output);
        Assert.That(OutputOf(editor, "X"), Is.EqualTo("\a"));
        Assert.That(editor.Text, Is.EqualTo("abcde"));
    }

    [Test]
    public void IgnoredInput()
    {
        (LineEditor editor, StringBuilder output) = Typed(
            "a\t\u0007\u0012\u001bxb\u001b[5~\u001b[6~\u001b[2~\u001b[15~\u001bOP\u001b[Zc" + "\u00e9\u00ff");
        Assert.That(editor.Text, Is.EqualTo("abc"));
        Assert.That(output.ToString(), Is.EqualTo("abc"));
    }

    [Test]
    public void EscapeThenAControlByteStillActs()
    {
        var editor = new LineEditor();
        var output = new StringBuilder();
        Assert.That(Type(editor, "ls\u001b\r", output), Is.EqualTo(new[] { LineStatus.Completed }));
        Assert.That(editor.CompletedLine, Is.EqualTo("ls"));
        Type(editor, "ab\u001b[\u007f", output);
        Assert.That(editor.Text, Is.EqualTo("a"), "a control byte abandons a half sequence and acts");
    }

    [Test]
    public void ResetDropsTheLineAndAnyHalfSequence()
    {
        (LineEditor editor, _) = Typed("abc\u001b[");
        editor.Reset();
        Assert.That(editor.Text, Is.Empty);
        Type(editor, "D", new StringBuilder());
        Assert.That(editor.Text, Is.EqualTo("D"));
    }
}
