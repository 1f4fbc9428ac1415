using GoOS.Terminal;
using NUnit.Framework;
using static GoOS.Tests.Host.Shell.ShellTestSupport;

namespace GoOS.Tests.Host.Shell;

/// <summary>The text screen: glyphs, control bytes, wrapping, scrolling and the cell seam.</summary>
public class TextScreenTests
{
    private const ushort Blank = 0x0720;

    [Test]
    public void NewScreenIsBlankLightGrayOnBlackWithTheCursorHome()
    {
        var cells = new ushort[80 * 25];
        var screen = new TextScreen<ArrayCells>(new ArrayCells(cells));
        Assert.That(screen.Columns, Is.EqualTo(80));
        Assert.That(screen.Rows, Is.EqualTo(25));
        Assert.That(cells, Is.All.EqualTo(Blank));
        Assert.That(screen.Row, Is.EqualTo(0));
        Assert.That(screen.Column, Is.EqualTo(0));
        Assert.That(screen.CursorOffset, Is.EqualTo(0));
        Assert.That(screen.CursorVisible, Is.True);
        Assert.That(screen.Attribute, Is.EqualTo(0x07));
    }

    [Test]
    public void TextGoesToTheCellsAsCharacterAndAttribute()
    {
        var cells = new ushort[80 * 25];
        var screen = new TextScreen<ArrayCells>(new ArrayCells(cells));
        screen.Write("Hi");
        Assert.That(cells[0], Is.EqualTo((ushort)0x0748));
        Assert.That(cells[1], Is.EqualTo((ushort)0x0769));
        Assert.That(cells[2], Is.EqualTo(Blank));
        Assert.That(screen.Column, Is.EqualTo(2));
        Assert.That(screen.CursorOffset, Is.EqualTo(2));
    }

    [Test]
    public void NewLineStartsTheNextRowAndCarriageReturnGoesBack()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write("abc\nde\rX");
        Assert.That(screen.RowText(0).TrimEnd(), Is.EqualTo("abc"));
        Assert.That(screen.RowText(1).TrimEnd(), Is.EqualTo("Xe"));
        Assert.That(screen.Row, Is.EqualTo(1));
        Assert.That(screen.Column, Is.EqualTo(1));
        Assert.That(screen.CursorOffset, Is.EqualTo(81));
    }

    [Test]
    public void CarriageReturnLineFeedIsOneNewLine()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write("a\r\nb");
        Assert.That(screen.CharacterAt(1, 0), Is.EqualTo('b'));
    }

    [Test]
    public void TabsStopEveryEightColumnsAndNotPastTheEdge()
    {
        TextScreen<ArrayCells> screen = NewScreen(20, 3);
        screen.Write("a\tb\tc");
        Assert.That(screen.RowText(0), Is.EqualTo("a       b       c   "));
        screen.Write("\t");
        Assert.That(screen.Column, Is.EqualTo(19));
        screen.Write("\t");
        Assert.That(screen.Column, Is.EqualTo(19));
        Assert.That(screen.Row, Is.EqualTo(0));
    }

    [Test]
    public void BackspaceMovesLeftWithoutErasingAndStopsAtTheEdge()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write("ab\b");
        Assert.That(screen.Column, Is.EqualTo(1));
        Assert.That(screen.CharacterAt(0, 1), Is.EqualTo('b'));
        screen.Write("X\b\b\b\b");
        Assert.That(screen.Column, Is.EqualTo(0));
        Assert.That(screen.RowText(0).TrimEnd(), Is.EqualTo("aX"));
    }

    [Test]
    public void OtherControlBytesAndDeleteAreIgnored()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write("a\a\u0000\u0001\u000b\u000c\u007fb");
        Assert.That(screen.RowText(0).TrimEnd(), Is.EqualTo("ab"));
        Assert.That(screen.Column, Is.EqualTo(2));
    }

    [Test]
    public void HighBytesAreCodePage437Glyphs()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Write(new byte[] { 0xC9, 0xCD, 0xBB, 0xDB });
        Assert.That(screen.CellAt(0, 0), Is.EqualTo((ushort)0x07C9));
        Assert.That(screen.CellAt(0, 3), Is.EqualTo((ushort)0x07DB));
        screen.Write("\u263A");
        Assert.That(screen.CharacterAt(0, 4), Is.EqualTo('?'), "characters above 0xFF have no glyph");
    }

    [Test]
    public void AFullLineWrapsOnlyWhenTheNextGlyphComes()
    {
        TextScreen<ArrayCells> screen = NewScreen(10, 3);
        screen.Write("0123456789");
        Assert.That(screen.Row, Is.EqualTo(0));
        Assert.That(screen.Column, Is.EqualTo(9), "the cursor waits on the last column");
        screen.Write("A");
        Assert.That(screen.RowText(0), Is.EqualTo("0123456789"));
        Assert.That(screen.RowText(1), Is.EqualTo("A         "));
        Assert.That(screen.Row, Is.EqualTo(1));
        Assert.That(screen.Column, Is.EqualTo(1));
    }

    [Test]
    public void AFullLineFollowedByNewLineLeavesNoBlankLine()
    {
        TextScreen<ArrayCells> screen = NewScreen(10, 3);
        screen.Write("0123456789\r\nnext");
        Assert.That(screen.RowText(1).TrimEnd(), Is.EqualTo("next"));
        screen.Write("\n0123456789\nlast");
        Assert.That(screen.RowText(2).TrimEnd(), Is.EqualTo("last"));
    }

    [Test]
    public void CarriageReturnOrBackspaceCancelsThePendingWrap()
    {
        TextScreen<ArrayCells> screen = NewScreen(10, 3);
        screen.Write("0123456789\rX");
        Assert.That(screen.RowText(0), Is.EqualTo("X123456789"));
        screen.Write("\r0123456789\bY");
        Assert.That(screen.RowText(0), Is.EqualTo("01234567Y9"));
        Assert.That(screen.Row, Is.EqualTo(0));
    }

    [Test]
    public void WritingPastTheBottomScrollsUp()
    {
        TextScreen<ArrayCells> screen = NewScreen(10, 3);
        screen.Write("one\ntwo\nthree\nfour");
        Assert.That(screen.RowText(0).TrimEnd(), Is.EqualTo("two"));
        Assert.That(screen.RowText(1).TrimEnd(), Is.EqualTo("three"));
        Assert.That(screen.RowText(2).TrimEnd(), Is.EqualTo("four"));
        Assert.That(screen.Row, Is.EqualTo(2));
        Assert.That(screen.Column, Is.EqualTo(4));
    }

    [Test]
    public void LongTextWrapsRowAfterRow()
    {
        TextScreen<ArrayCells> screen = NewScreen(10, 3);
        screen.Write("0123456789abcdefghijABCDEFGHIJxy");
        Assert.That(screen.RowText(0), Is.EqualTo("abcdefghij"));
        Assert.That(screen.RowText(1), Is.EqualTo("ABCDEFGHIJ"));
        Assert.That(screen.RowText(2), Is.EqualTo("xy        "));
        Assert.That(screen.CursorOffset, Is.EqualTo(22));
    }

    [Test]
    public void WrappingOnTheLastRowScrolls()
    {
        TextScreen<ArrayCells> screen = NewScreen(4, 2);
        screen.Write("abcdefgh");
        Assert.That(screen.RowText(0), Is.EqualTo("abcd"));
        Assert.That(screen.RowText(1), Is.EqualTo("efgh"));
        screen.Write("i");
        Assert.That(screen.RowText(0), Is.EqualTo("efgh"));
        Assert.That(screen.RowText(1), Is.EqualTo("i   "));
    }

    [Test]
    public void ScrolledInLineTakesTheCurrentBackground()
    {
        TextScreen<ArrayCells> screen = NewScreen(4, 2);
        screen.Background = VgaColor.Blue;
        screen.Write("\n\n");
        Assert.That(screen.CellAt(1, 0), Is.EqualTo((ushort)0x1720));
        Assert.That(screen.CellAt(0, 0), Is.EqualTo(Blank), "the line scrolled up keeps its colors");
    }

    [Test]
    public void ColorPropertiesMakeTheAttribute()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.Foreground = VgaColor.Yellow;
        screen.Background = VgaColor.Blue;
        Assert.That(screen.Attribute, Is.EqualTo(0x1E));
        screen.Write("x");
        Assert.That(screen.AttributeAt(0, 0), Is.EqualTo(0x1E));
        screen.Clear();
        Assert.That(screen.CellAt(24, 79), Is.EqualTo((ushort)0x1E20), "clear fills with the current colors");
        Assert.That(screen.CursorOffset, Is.EqualTo(0));
    }

    [Test]
    public void MoveToClampsAndSetsTheHardwareCursor()
    {
        TextScreen<ArrayCells> screen = NewScreen();
        screen.MoveTo(3, 7);
        Assert.That(screen.CursorOffset, Is.EqualTo(3 * 80 + 7));
        screen.MoveTo(-5, 500);
        Assert.That(screen.Row, Is.EqualTo(0));
        Assert.That(screen.Column, Is.EqualTo(79));
        screen.MoveTo(100, -1);
        Assert.That(screen.CursorOffset, Is.EqualTo(24 * 80));
    }

    [Test]
    public void StringBuilderAndSpanWritesMatchStringWrites()
    {
        TextScreen<ArrayCells> a = NewScreen(), b = NewScreen(), c = NewScreen();
        const string text = "x\ty\b\u001b[31mz\r\n";
        a.Write(text);
        b.Write(new System.Text.StringBuilder(text));
        c.Write(System.Text.Encoding.Latin1.GetBytes(text));
        for (int row = 0; row < 2; row++)
            for (int column = 0; column < 80; column++)
            {
                Assert.That(b.CellAt(row, column), Is.EqualTo(a.CellAt(row, column)));
                Assert.That(c.CellAt(row, column), Is.EqualTo(a.CellAt(row, column)));
            }
        Assert.That(b.CursorOffset, Is.EqualTo(a.CursorOffset));
    }

    [Test]
    public void CellsAreReachedOnlyThroughTheSeamAndOnlyInRange()
    {
        var cells = new BoundedCells(12 * 5);
        var screen = new TextScreen<BoundedCells>(cells, 12, 5);
        var random = new Random(1234);
        var bytes = new byte[20000];
        random.NextBytes(bytes);
        // Make escapes, digits and separators common so sequences actually parse.
        const string interesting = "\u001b[;0123456789?ABCDGHJKfm\r\n\t\b";
        for (int i = 0; i < bytes.Length; i += 2) bytes[i] = (byte)interesting[bytes[i] % interesting.Length];
        foreach (byte b in bytes)
        {
            screen.Write(b);
            Assert.That(screen.Row, Is.InRange(0, 4));
            Assert.That(screen.Column, Is.InRange(0, 11));
        }
        Assert.That(cells.Writes.Value, Is.GreaterThan(0));
    }

    /// <summary>A cell buffer that fails the test on any access out of range, and counts writes.</summary>
    private struct BoundedCells : ICellBuffer
    {
        private readonly ushort[] _cells;
        public readonly StrongBox<int> Writes;

        public BoundedCells(int count)
        {
            _cells = new ushort[count];
            Writes = new StrongBox<int>();
        }

        public ushort Read(int index)
        {
            Assert.That(index, Is.InRange(0, _cells.Length - 1));
            return _cells[index];
        }

        public void Write(int index, ushort cell)
        {
            Assert.That(index, Is.InRange(0, _cells.Length - 1));
            _cells[index] = cell;
            Writes.Value++;
        }
    }

    private sealed class StrongBox<T>
    {
        public T Value;
    }
}
