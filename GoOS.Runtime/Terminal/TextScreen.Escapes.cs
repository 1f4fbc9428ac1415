namespace GoOS.Terminal
{
    /// <summary>The byte-stream parser and the ANSI escape sequences TextScreen understands:
    ///   ESC[nA ESC[nB ESC[nC ESC[nD  cursor up/down/right/left n (default 1), stopping at the edges;
    ///   ESC[r;cH ESC[r;cf            cursor to row r, column c (1-based, default 1, clamped);
    ///   ESC[nG                       cursor to column n;
    ///   ESC[nJ                       erase: 0 cursor to end of screen, 1 start to cursor, 2 all
    ///                                (the cursor stays where it is, as on a VT100);
    ///   ESC[nK                       erase: 0 cursor to end of line, 1 start of line to cursor, 2 line;
    ///   ESC[...m                     0 reset, 1 bright, 22 normal, 30-37 and 90-97 foreground,
    ///                                39 default foreground, 40-47 background, 49 default background;
    ///   ESC[?25l ESC[?25h            hide/show the cursor;
    ///   ESC c                        reset colors, clear, home.
    /// Anything else is consumed and ignored. As in a VT100, control bytes inside a sequence act
    /// at once, CAN (0x18) or SUB (0x1A) abandon it, ESC starts a new one, and a byte of 0x80 or
    /// more abandons it and is dropped. Parameters past the sixteenth are dropped, values are capped at 9999.</summary>
    public sealed partial class TextScreen<TCells>
    {
        private const byte Escape = 0x1B;
        private const byte Cancel = 0x18;
        private const byte Substitute = 0x1A;
        private const byte Delete = 0x7F;
        private const int MaxParameters = 16;
        private const int MaxParameterValue = 9999;

        private enum ParserState : byte { Ground, Escape, Csi }

        private ParserState _state;
        private readonly int[] _parameters = new int[MaxParameters];
        private int _parameterCount;        // parameters seen so far, at most MaxParameters
        private int _parameterIndex;        // the one being read (may pass MaxParameters: then dropped)
        private byte _privateMarker;        // '?' (or '<', '=', '>') right after ESC[, else 0
        private bool _ignoreSequence;       // an intermediate byte or misplaced marker: consume, do nothing

        /// <summary>Takes the next byte of output: a glyph, a control byte or part of an escape sequence.</summary>
        public void Write(byte b)
        {
            switch (_state)
            {
                case ParserState.Ground:
                    if (b == Escape) _state = ParserState.Escape;
                    else if (b < 0x20) Control(b);
                    else if (b != Delete) Put(b);
                    break;

                case ParserState.Escape:
                    if (b == '[') StartCsi();
                    else if (b == Escape) { }
                    else if (b == Cancel || b == Substitute) _state = ParserState.Ground;
                    else if (b < 0x20) Control(b);
                    else
                    {
                        _state = ParserState.Ground;
                        if (b == 'c') Reset();
                    }
                    break;

                default:
                    Csi(b);
                    break;
            }
        }

        private void StartCsi()
        {
            _state = ParserState.Csi;
            for (int i = 0; i < MaxParameters; i++) _parameters[i] = 0;
            _parameterCount = 0;
            _parameterIndex = 0;
            _privateMarker = 0;
            _ignoreSequence = false;
        }

        // One byte after ESC[: parameters, then a final byte 0x40-0x7E that runs the sequence.
        private void Csi(byte b)
        {
            if (b >= '0' && b <= '9')
            {
                if (_parameterIndex >= MaxParameters) return;
                int value = _parameters[_parameterIndex] * 10 + (b - '0');
                _parameters[_parameterIndex] = value > MaxParameterValue ? MaxParameterValue : value;
                if (_parameterCount <= _parameterIndex) _parameterCount = _parameterIndex + 1;
            }
            else if (b == ';')
            {
                _parameterIndex++;
                if (_parameterIndex < MaxParameters) _parameterCount = _parameterIndex + 1;
            }
            else if (b >= 0x3C && b <= 0x3F)
            {
                if (_parameterCount == 0 && _privateMarker == 0) _privateMarker = b;
                else _ignoreSequence = true;
            }
            else if (b == ':' || (b >= 0x20 && b <= 0x2F)) _ignoreSequence = true;
            else if (b >= 0x40 && b <= 0x7E)
            {
                _state = ParserState.Ground;
                if (!_ignoreSequence) Dispatch((char)b);
            }
            else if (b == Escape) _state = ParserState.Escape;
            else if (b == Cancel || b == Substitute || b >= 0x80) _state = ParserState.Ground;
            else if (b < 0x20) Control(b);
            // DEL (0x7F) is ignored.
        }

        // Parameter i, or 'missing' when absent or zero.
        private int Parameter(int i, int missing) =>
            i < _parameterCount && _parameters[i] != 0 ? _parameters[i] : missing;

        private void Dispatch(char final)
        {
            if (_privateMarker != 0)
            {
                if (_privateMarker == '?' && Parameter(0, 0) == 25)
                {
                    if (final == 'h') _cursorVisible = true;
                    else if (final == 'l') _cursorVisible = false;
                }
                return;
            }
            switch (final)
            {
                case 'A': MoveTo(_row - Parameter(0, 1), _column); break;
                case 'B': MoveTo(_row + Parameter(0, 1), _column); break;
                case 'C': MoveTo(_row, _column + Parameter(0, 1)); break;
                case 'D': MoveTo(_row, _column - Parameter(0, 1)); break;
                case 'G': MoveTo(_row, Parameter(0, 1) - 1); break;
                case 'H':
                case 'f': MoveTo(Parameter(0, 1) - 1, Parameter(1, 1) - 1); break;
                case 'J': EraseInDisplay(Parameter(0, 0)); break;
                case 'K': EraseInLine(Parameter(0, 0)); break;
                case 'm': SelectGraphicRendition(); break;
            }
        }

        private void EraseInDisplay(int mode)
        {
            int cursor = CursorOffset;
            int cells = _columns * _rows;
            if (mode == 0) Fill(cursor, cells - cursor);
            else if (mode == 1) Fill(0, cursor + 1);
            else if (mode == 2) Fill(0, cells);
            _wrapPending = false;
        }

        private void EraseInLine(int mode)
        {
            int start = _row * _columns;
            if (mode == 0) Fill(start + _column, _columns - _column);
            else if (mode == 1) Fill(start, _column + 1);
            else if (mode == 2) Fill(start, _columns);
            _wrapPending = false;
        }

        // SGR: each parameter in order; none at all means 0 (reset).
        private void SelectGraphicRendition()
        {
            int count = _parameterCount == 0 ? 1 : _parameterCount;
            for (int i = 0; i < count; i++)
            {
                int p = i < _parameterCount ? _parameters[i] : 0;
                if (p == 0)
                {
                    _foreground = VgaColor.LightGray;
                    _background = VgaColor.Black;
                    _bright = false;
                }
                else if (p == 1) _bright = true;
                else if (p == 22) _bright = false;
                else if (p >= 30 && p <= 37) _foreground = AnsiColor.ToVga(p - 30);
                else if (p == 39) _foreground = VgaColor.LightGray;
                else if (p >= 40 && p <= 47) _background = AnsiColor.ToVga(p - 40);
                else if (p == 49) _background = VgaColor.Black;
                else if (p >= 90 && p <= 97) _foreground = AnsiColor.ToVga(p - 90, bright: true);
            }
        }

        // ESC c: back to the power-on state, keeping the parser ready for the next byte.
        private void Reset()
        {
            _foreground = VgaColor.LightGray;
            _background = VgaColor.Black;
            _bright = false;
            _cursorVisible = true;
            Clear();
        }
    }
}
