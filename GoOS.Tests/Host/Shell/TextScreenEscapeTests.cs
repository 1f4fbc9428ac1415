using GoOS.Terminal;
using NUnit.Framework;
using static GoOS.Tests.Host.Shell.ShellTestSupport;

namespace GoOS.Tests.Host.Shell;

/// <summary>ANSI escape sequences on the text screen, well-formed and not.</summary>
public class TextScreenEscapeTests
{
    private static TextScreen<ArrayCells> Filled(int columns, int rows)
    {
        TextScreen<ArrayCells> screen = NewScreen(columns, rows);
        for (int row = 0; row < rows; row++)
        {
            screen.MoveTo(row, 0);
            for (int column = 0; column < columns; column++) screen.Write((byte)('a' + row));
        }
        return screen;
    }

    [TestCase(0, VgaColor.Black)]
    [TestCase(1, VgaColor.Red)]
    [TestCase(2, VgaColor.Green)]
    [TestCase(3, VgaColor.Brown)]
    [TestCase(4, VgaColor.Blue)]
    [TestCase(5, VgaColor.Magenta)]
    [TestCase(6, VgaColor.Cyan)]
    [TestCase(7, VgaColor.LightGray)]
    public void AnsiColorsMapToVgaColors(int ansi, VgaColor vga)
    {
        Assert.That(AnsiColor.ToVga(ansi), Is.EqualTo(vga));
        Assert.That(AnsiColor.ToVga(ansi, bright: true), Is.EqualTo((VgaColor)((int)vga | 8)));

        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write($"{Esc}[{30 + ansi};{40 + ansi}mx{Esc}[{90 + ansi}my");
        Assert.That(screen.AttributeAt(0, 0), Is.EqualTo((byte)((int)vga << 4 | (int)vga)));
        Assert.That(screen.AttributeAt(0, 1), Is.EqualTo((byte)((int)vga << 4 | (int)vga | 8)));
    }

    [Test]
    public void AnsiColorOutOfRangeIsBlack()
    {
        Assert.That(AnsiColor.ToVga(8), Is.EqualTo(VgaColor.Black));
        Assert.That(AnsiColor.ToVga(-1, bright: true), Is.EqualTo(VgaColor.Black));
    }

    [Test]
    public void RedIsVgaFourAndBoldRedIsTwelve()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write($"{Esc}[31mr{Esc}[1mR{Esc}[0mn");
        Assert.That(screen.AttributeAt(0, 0), Is.EqualTo(0x04));
        Assert.That(screen.AttributeAt(0, 1), Is.EqualTo(0x0C));
        Assert.That(screen.AttributeAt(0, 2), Is.EqualTo(0x07));
    }

    [Test]
    public void BrightStaysAcrossColorChangesUntilResetOrNormalIntensity()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write($"{Esc}[1m{Esc}[34ma{Esc}[32mb{Esc}[22mc{Esc}[1md{Esc}[mE");
        Assert.That(screen.AttributeAt(0, 0), Is.EqualTo(0x09));
        Assert.That(screen.AttributeAt(0, 1), Is.EqualTo(0x0A));
        Assert.That(screen.AttributeAt(0, 2), Is.EqualTo(0x02));
        Assert.That(screen.AttributeAt(0, 3), Is.EqualTo(0x0A));
        Assert.That(screen.AttributeAt(0, 4), Is.EqualTo(0x07), "ESC[m is ESC[0m");
        Assert.That(screen.Foreground, Is.EqualTo(VgaColor.LightGray));
    }

    [Test]
    public void DefaultColorCodesRestoreOneSideOnly()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write($"{Esc}[33;41ma{Esc}[39mb{Esc}[49mc");
        Assert.That(screen.AttributeAt(0, 0), Is.EqualTo(0x46));
        Assert.That(screen.AttributeAt(0, 1), Is.EqualTo(0x47));
        Assert.That(screen.AttributeAt(0, 2), Is.EqualTo(0x07));
    }

    [Test]
    public void UnknownGraphicRenditionsAreSkipped()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write($"{Esc}[4;5;7;38;31;100mx");
        Assert.That(screen.AttributeAt(0, 0), Is.EqualTo(0x04));
    }

    [Test]
    public void ClearScreenUsesTheBackgroundAndLeavesTheCursor()
    {
        TextScreen<ArrayCells> screen = Filled(10, 4);
        screen.MoveTo(2, 3);
        screen.Write($"{Esc}[44m{Esc}[2J");
        for (int row = 0; row < 4; row++)
            for (int column = 0; column < 10; column++)
                Assert.That(screen.CellAt(row, column), Is.EqualTo((ushort)0x1720));
        Assert.That(screen.Row, Is.EqualTo(2));
        Assert.That(screen.Column, Is.EqualTo(3));
        screen.Write($"{Esc}[H");
        Assert.That(screen.CursorOffset, Is.EqualTo(0));
    }

    [Test]
    public void EraseInDisplayBeforeAndAfterTheCursor()
    {
        TextScreen<ArrayCells> screen = Filled(4, 3);
        screen.MoveTo(1, 1);
        screen.Write($"{Esc}[J");
        Assert.That(screen.RowText(0), Is.EqualTo("aaaa"));
        Assert.That(screen.RowText(1), Is.EqualTo("b   "));
        Assert.That(screen.RowText(2), Is.EqualTo("    "));

        screen = Filled(4, 3);
        screen.MoveTo(1, 1);
        screen.Write($"{Esc}[1J");
        Assert.That(screen.RowText(0), Is.EqualTo("    "));
        Assert.That(screen.RowText(1), Is.EqualTo("  bb"));
        Assert.That(screen.RowText(2), Is.EqualTo("cccc"));
    }

    [Test]
    public void EraseInLineThreeWays()
    {
        TextScreen<ArrayCells> screen = Filled(6, 3);
        screen.MoveTo(0, 2);
        screen.Write($"{Esc}[K");
        screen.MoveTo(1, 2);
        screen.Write($"{Esc}[1K");
        screen.MoveTo(2, 2);
        screen.Write($"{Esc}[2K");
        Assert.That(screen.RowText(0), Is.EqualTo("aa    "));
        Assert.That(screen.RowText(1), Is.EqualTo("   bbb"));
        Assert.That(screen.RowText(2), Is.EqualTo("      "));
        Assert.That(screen.Column, Is.EqualTo(2), "erasing does not move the cursor");
    }

    [Test]
    public void EraseToEndOfLineOnTheLastColumnWithAPendingWrap()
    {
        TextScreen<ArrayCells> screen = NewScreen(4, 2);
        screen.Write($"abcd{Esc}[Kx");
        Assert.That(screen.RowText(0), Is.EqualTo("abcx"), "ESC[K erases the last column and cancels the wrap");
        Assert.That(screen.RowText(1), Is.EqualTo("    "));
    }

    [TestCase("[H", 0, 0)]
    [TestCase("[5;10H", 4, 9)]
    [TestCase("[5;10f", 4, 9)]
    [TestCase("[7H", 6, 0)]
    [TestCase("[;5H", 0, 4)]
    [TestCase("[0;0H", 0, 0)]
    [TestCase("[99;999H", 24, 79)]
    [TestCase("[25;80H", 24, 79)]
    [TestCase("[12G", 10, 11)]
    [TestCase("[G", 10, 0)]
    public void CursorPosition(string sequence, int row, int column)
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.MoveTo(10, 20);
        screen.Write(Esc + sequence);
        Assert.That(screen.Row, Is.EqualTo(row));
        Assert.That(screen.Column, Is.EqualTo(column));
        Assert.That(screen.CursorOffset, Is.EqualTo(row * 80 + column));
    }

    [TestCase("[A", 9, 20)]
    [TestCase("[3A", 7, 20)]
    [TestCase("[0A", 9, 20)]
    [TestCase("[50A", 0, 20)]
    [TestCase("[B", 11, 20)]
    [TestCase("[4B", 14, 20)]
    [TestCase("[50B", 24, 20)]
    [TestCase("[C", 10, 21)]
    [TestCase("[10C", 10, 30)]
    [TestCase("[200C", 10, 79)]
    [TestCase("[D", 10, 19)]
    [TestCase("[5D", 10, 15)]
    [TestCase("[99999999999D", 10, 0)]
    public void CursorMovesStopAtTheEdges(string sequence, int row, int column)
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.MoveTo(10, 20);
        screen.Write(Esc + sequence);
        Assert.That(screen.Row, Is.EqualTo(row));
        Assert.That(screen.Column, Is.EqualTo(column));
    }

    [Test]
    public void CursorMoveCancelsThePendingWrap()
    {
        TextScreen<ArrayCells> screen = NewScreen(4, 2);
        screen.Write($"abcd{Esc}[2DX");
        Assert.That(screen.RowText(0), Is.EqualTo("aXcd"));
        Assert.That(screen.Row, Is.EqualTo(0));
    }

    [Test]
    public void CursorVisibility()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write($"{Esc}[?25l");
        Assert.That(screen.CursorVisible, Is.False);
        screen.Write($"{Esc}[?1049h{Esc}[?25h");
        Assert.That(screen.CursorVisible, Is.True);
        Assert.That(screen.RowText(0).TrimEnd(), Is.Empty);
    }

    [Test]
    public void ResetSequenceRestoresColorsClearsAndHomes()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write($"{Esc}[1;33;44mtext{Esc}[?25l{Esc}c");
        Assert.That(screen.CellAt(0, 0), Is.EqualTo((ushort)0x0720));
        Assert.That(screen.Attribute, Is.EqualTo(0x07));
        Assert.That(screen.CursorVisible, Is.True);
        Assert.That(screen.CursorOffset, Is.EqualTo(0));
    }

    [Test]
    public void SequencesMaySplitAcrossWrites()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        foreach (char c in $"{Esc}[3;4H{Esc}[32mok") screen.Write(c.ToString());
        Assert.That(screen.CharacterAt(2, 3), Is.EqualTo('o'));
        Assert.That(screen.AttributeAt(2, 4), Is.EqualTo(0x02));
    }

    [Test]
    public void UnknownFinalByteIsConsumedSilently()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write($"a{Esc}[6nb{Esc}[31;xmc");
        Assert.That(screen.RowText(0).TrimEnd(), Is.EqualTo("abmc"), "ESC[31;x ends at x; the m is text");
        Assert.That(screen.AttributeAt(0, 2), Is.EqualTo(0x07));
    }

    [Test]
    public void EscapeFollowedByAnythingButBracketIsDropped()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write($"a{Esc}Zb{Esc}{Esc}[32mc");
        Assert.That(screen.RowText(0).TrimEnd(), Is.EqualTo("abc"));
        Assert.That(screen.AttributeAt(0, 2), Is.EqualTo(0x02), "ESC ESC [ is one sequence");
    }

    [Test]
    public void ControlBytesInsideASequenceActAtOnce()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write($"ab{Esc}[3\r1mX");
        Assert.That(screen.CharacterAt(0, 0), Is.EqualTo('X'));
        Assert.That(screen.AttributeAt(0, 0), Is.EqualTo(0x04));
        screen.Write($"{Esc}\n[32mY");
        Assert.That(screen.CharacterAt(1, 0), Is.EqualTo('Y'), "the line feed acted and the sequence went on");
        Assert.That(screen.AttributeAt(1, 0), Is.EqualTo(0x02));
    }

    [Test]
    public void CancelAndSubstituteAbandonASequence()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write($"{Esc}[31\u0018m{Esc}\u001a[32mx");
        Assert.That(screen.RowText(0).TrimEnd(), Is.EqualTo("m[32mx"));
        Assert.That(screen.Attribute, Is.EqualTo(0x07));
    }

    [Test]
    public void EscapeInsideASequenceStartsANewOne()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write($"{Esc}[31{Esc}[32mx");
        Assert.That(screen.RowText(0).TrimEnd(), Is.EqualTo("x"));
        Assert.That(screen.AttributeAt(0, 0), Is.EqualTo(0x02));
    }

    [Test]
    public void HighByteInsideASequenceAbandonsItAndIsDropped()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write(new byte[] { 0x1B, (byte)'[', (byte)'3', 0xC4, (byte)'1', (byte)'m' });
        Assert.That(screen.RowText(0).TrimEnd(), Is.EqualTo("1m"));
        Assert.That(screen.Attribute, Is.EqualTo(0x07));
    }

    [Test]
    public void IntermediateBytesMakeASequenceIgnored()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.MoveTo(3, 3);
        screen.Write($"{Esc}[2 q{Esc}[1$H{Esc}[1:2mx");
        Assert.That(screen.Row, Is.EqualTo(3));
        Assert.That(screen.CharacterAt(3, 3), Is.EqualTo('x'));
        Assert.That(screen.AttributeAt(3, 3), Is.EqualTo(0x07));
    }

    [Test]
    public void MisplacedPrivateMarkerMakesASequenceIgnored()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write($"{Esc}[3?1mx{Esc}[>31mx");
        Assert.That(screen.AttributeAt(0, 0), Is.EqualTo(0x07));
        Assert.That(screen.AttributeAt(0, 1), Is.EqualTo(0x07));
    }

    [Test]
    public void ParametersPastTheSixteenthAreDropped()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        string many = string.Join(";", Enumerable.Repeat("1", 15));
        screen.Write($"{Esc}[{many};32;31;33mx");
        Assert.That(screen.AttributeAt(0, 0), Is.EqualTo(0x0A), "the 16th (32) applies, 31 and 33 are dropped");
    }

    [Test]
    public void AnUnfinishedSequenceSwallowsNothingAfterItEnds()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write($"{Esc}[");
        screen.Write("12;");
        screen.Write("HELLO");
        Assert.That(screen.Row, Is.EqualTo(11), "H ended ESC[12;H");
        Assert.That(screen.RowText(11).TrimEnd(), Is.EqualTo("ELLO"));
    }
}
