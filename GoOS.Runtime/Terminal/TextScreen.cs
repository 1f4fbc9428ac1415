using System;
using System.Text;

namespace GoOS.Terminal
{
    /// <summary>A VGA-style text screen driven by a byte stream, so the shell's output looks the
    /// same here as on a serial terminal: printable bytes (code page 437 glyphs, so 0x80-0xFF are
    /// drawn too) go to the cursor, wrapping xterm-style (the cursor stays on the last column
    /// until the next glyph, so a full line followed by "\r\n" does not leave a blank line) and
    /// scrolling at the bottom; '\n' starts a new line (carriage return included, as the
    /// kernel's console does), '\r' returns, '\t' goes to the next multiple of 8, '\b' moves left
    /// without erasing; other control bytes are ignored. ANSI escapes: see TextScreen.Escapes.cs.
    /// Cells live in TCells (the real VGA memory, or an array). Not thread-safe: the console
    /// driver's one thread writes it.</summary>
    public sealed partial class TextScreen<TCells> where TCells : struct, ICellBuffer
    {
        public const int DefaultColumns = 80;
        public const int DefaultRows = 25;
        public const int TabWidth = 8;

        private TCells _cells;
        private readonly int _columns;
        private readonly int _rows;
        private int _row;
        private int _column;
        private bool _wrapPending;          // a glyph went to the last column; the next one wraps first
        private VgaColor _foreground = VgaColor.LightGray;
        private VgaColor _background = VgaColor.Black;
        private bool _bright;               // SGR 1: foreground drawn in its bright variant
        private bool _cursorVisible = true;

        /// <summary>A screen of columns x rows cells in 'cells' (which must hold that many),
        /// cleared to light gray on black with the cursor at the top left.</summary>
        public TextScreen(TCells cells, int columns = DefaultColumns, int rows = DefaultRows)
        {
            _cells = cells;
            _columns = columns < 1 ? 1 : columns;
            _rows = rows < 1 ? 1 : rows;
            Clear();
        }

        public int Columns => _columns;
        public int Rows => _rows;

        /// <summary>The cursor's row, 0 at the top.</summary>
        public int Row => _row;

        /// <summary>The cursor's column, 0 at the left.</summary>
        public int Column => _column;

        /// <summary>The cursor as a cell index (Row * Columns + Column): the value for the CRT
        /// controller's cursor location registers (0x0E high byte, 0x0F low byte).</summary>
        public int CursorOffset => _row * _columns + _column;

        /// <summary>False after ESC[?25l, true again after ESC[?25h; the driver hides the hardware
        /// cursor (CRTC register 0x0A bit 5) while it is false.</summary>
        public bool CursorVisible => _cursorVisible;

        /// <summary>The foreground color new glyphs get (including SGR 1's brightening).
        /// Setting it also ends SGR 1.</summary>
        public VgaColor Foreground
        {
            get => _bright ? _foreground | VgaColor.DarkGray : _foreground;
            set { _foreground = value; _bright = false; }
        }

        /// <summary>The background color new glyphs and erased cells get.</summary>
        public VgaColor Background
        {
            get => _background;
            set => _background = value;
        }

        /// <summary>The attribute byte new glyphs and erased cells get.</summary>
        public byte Attribute => (byte)(((int)_background << 4) | (int)Foreground);

        /// <summary>Fills the screen with blanks in the current colors and homes the cursor.</summary>
        public void Clear()
        {
            Fill(0, _columns * _rows);
            MoveTo(0, 0);
        }

        /// <summary>Puts the cursor at (row, column), clamped to the screen.</summary>
        public void MoveTo(int row, int column)
        {
            _row = Clamp(row, 0, _rows - 1);
            _column = Clamp(column, 0, _columns - 1);
            _wrapPending = false;
        }

        /// <summary>Writes each character of 's' as one byte (characters above 0xFF as '?').</summary>
        public void Write(string s)
        {
            if (s == null) return;
            for (int i = 0; i < s.Length; i++) Write(s[i] <= 0xFF ? (byte)s[i] : (byte)'?');
        }

        /// <summary>Writes each character of 'text' as one byte (characters above 0xFF as '?').</summary>
        public void Write(StringBuilder text)
        {
            if (text == null) return;
            for (int i = 0; i < text.Length; i++) Write(text[i] <= 0xFF ? (byte)text[i] : (byte)'?');
        }

        public void Write(ReadOnlySpan<byte> bytes)
        {
            for (int i = 0; i < bytes.Length; i++) Write(bytes[i]);
        }

        /// <summary>The cell at (row, column): character in the low byte, attribute in the high.</summary>
        public ushort CellAt(int row, int column) => _cells.Read(row * _columns + column);

        public char CharacterAt(int row, int column) => (char)(CellAt(row, column) & 0xFF);

        public byte AttributeAt(int row, int column) => (byte)(CellAt(row, column) >> 8);

        /// <summary>The characters of one row, trailing blanks included.</summary>
        public string RowText(int row)
        {
            var text = new StringBuilder(_columns);
            for (int column = 0; column < _columns; column++) text.Append(CharacterAt(row, column));
            return text.ToString();
        }

        // Draws a glyph at the cursor, first wrapping if the previous one filled the line.
        private void Put(byte glyph)
        {
            if (_wrapPending)
            {
                _wrapPending = false;
                _column = 0;
                LineFeed();
            }
            _cells.Write(_row * _columns + _column, (ushort)((Attribute << 8) | glyph));
            if (_column == _columns - 1) _wrapPending = true;
            else _column++;
        }

        // A C0 control byte outside an escape sequence (and inside one, where it also acts).
        private void Control(byte code)
        {
            switch (code)
            {
                case (byte)'\n':
                    _column = 0;
                    _wrapPending = false;
                    LineFeed();
                    break;
                case (byte)'\r':
                    _column = 0;
                    _wrapPending = false;
                    break;
                case (byte)'\t':
                    _column = Math.Min((_column / TabWidth + 1) * TabWidth, _columns - 1);
                    _wrapPending = false;
                    break;
                case (byte)'\b':
                    if (_column > 0) _column--;
                    _wrapPending = false;
                    break;
            }
        }

        // Moves down a row, scrolling everything up one when already on the last.
        private void LineFeed()
        {
            if (_row < _rows - 1)
            {
                _row++;
                return;
            }
            int last = (_rows - 1) * _columns;
            for (int i = 0; i < last; i++) _cells.Write(i, _cells.Read(i + _columns));
            Fill(last, _columns);
        }

        // Blanks 'count' cells from cell index 'start' in the current colors.
        private void Fill(int start, int count)
        {
            ushort blank = (ushort)((Attribute << 8) | ' ');
            for (int i = start; i < start + count; i++) _cells.Write(i, blank);
        }

        private static int Clamp(int value, int low, int high) => value < low ? low : value > high ? high : value;
    }
}
