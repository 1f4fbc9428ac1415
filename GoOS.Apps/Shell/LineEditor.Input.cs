using System.Text;

namespace GoOS.Apps.Shell
{
    /// <summary>The keys LineEditor understands:
    ///   printable ASCII        inserted at the cursor;
    ///   '\r', '\n', "\r\n"     complete the line;
    ///   0x7F, 0x08 (Ctrl-H)    erase before the cursor (terminals send either for Backspace);
    ///   ESC[3~, Ctrl-D         erase under the cursor (Ctrl-D on an empty line: end of input);
    ///   ESC[D ESC[C, Ctrl-B Ctrl-F   left, right;
    ///   ESC[H ESC[1~ ESC[7~, Ctrl-A  start of line;   ESC[F ESC[4~ ESC[8~, Ctrl-E  end of line;
    ///   ESC[A, Ctrl-P          older history entry; ESC[B, Ctrl-N  newer entry (then the new line);
    ///   Ctrl-U                 erase the whole line; Ctrl-K  erase to the end; Ctrl-W  the word before;
    ///   Ctrl-C                 cancel the line.
    /// ESC O A..D, H, F (application cursor mode) act like their ESC[ forms, and parameters before
    /// the final byte (ESC[1;5C, Ctrl+Right) are ignored. Other sequences, ESC followed by a
    /// printable byte (Alt+key), Tab and other control bytes are consumed and ignored. A control
    /// byte inside a sequence abandons it and then acts, so Escape followed by Enter still
    /// completes the line.</summary>
    public sealed partial class LineEditor
    {
        private const int MaxSequenceNumber = 9999;

        private enum InputState : byte { Ground, Escape, Csi, Ss3 }

        private InputState _input;
        private int _sequenceNumber;         // the first parameter of the CSI sequence being read
        private bool _sequenceNumberDone;    // a ';' ended the first parameter
        private bool _afterCarriageReturn;   // a '\n' right after '\r' is the same line ending

        /// <summary>Takes the next input byte, appends to 'output' what the terminal must show for
        /// it, and says whether the line is still being edited, was completed (CompletedLine),
        /// cancelled, or input ended.</summary>
        public LineStatus Feed(byte b, StringBuilder output)
        {
            bool afterCarriageReturn = _afterCarriageReturn;
            _afterCarriageReturn = b == '\r';
            switch (_input)
            {
                case InputState.Escape:
                    if (b == '[') { StartSequence(InputState.Csi); return LineStatus.Editing; }
                    if (b == 'O') { StartSequence(InputState.Ss3); return LineStatus.Editing; }
                    _input = InputState.Ground;
                    if (b >= 0x20 && b != 0x7F) return LineStatus.Editing;
                    break;

                case InputState.Csi:
                    if (b >= '0' && b <= '9')
                    {
                        if (!_sequenceNumberDone && _sequenceNumber < MaxSequenceNumber) _sequenceNumber = _sequenceNumber * 10 + (b - '0');
                        return LineStatus.Editing;
                    }
                    if (b >= 0x20 && b <= 0x3F)
                    {
                        if (b == ';') _sequenceNumberDone = true;
                        return LineStatus.Editing;
                    }
                    _input = InputState.Ground;
                    if (b >= 0x40 && b <= 0x7E)
                    {
                        CsiKey((char)b, output);
                        return LineStatus.Editing;
                    }
                    break;

                case InputState.Ss3:
                    _input = InputState.Ground;
                    if (b >= 0x40 && b <= 0x7E)
                    {
                        CursorKey((char)b, output);
                        return LineStatus.Editing;
                    }
                    break;
            }
            return Key(b, afterCarriageReturn, output);
        }

        private void StartSequence(InputState state)
        {
            _input = state;
            _sequenceNumber = 0;
            _sequenceNumberDone = false;
        }

        // A byte outside any escape sequence.
        private LineStatus Key(byte b, bool afterCarriageReturn, StringBuilder output)
        {
            if (b >= 0x20 && b < 0x7F)
            {
                Insert((char)b, output);
                return LineStatus.Editing;
            }
            switch (b)
            {
                case (byte)'\r': return Complete(output);
                case (byte)'\n': return afterCarriageReturn ? LineStatus.Editing : Complete(output);
                case 0x7F:
                case 0x08: Backspace(output); break;
                case 0x1B: _input = InputState.Escape; break;
                case 0x01: Home(output); break;
                case 0x02: Left(output); break;
                case 0x03: return Cancel(output);
                case 0x04:
                    if (_line.Length == 0) return LineStatus.EndOfInput;
                    DeleteForward(output);
                    break;
                case 0x05: End(output); break;
                case 0x06: Right(output); break;
                case 0x0B: KillToEnd(output); break;
                case 0x0E: Newer(output); break;
                case 0x10: Older(output); break;
                case 0x15: if (_line.Length > 0) ReplaceLine("", output); break;
                case 0x17: DeleteWordBackward(output); break;
            }
            return LineStatus.Editing;
        }

        // The final byte of ESC [ ...: a cursor key, or '~' after a VT220 key number.
        private void CsiKey(char final, StringBuilder output)
        {
            if (final != '~')
            {
                CursorKey(final, output);
                return;
            }
            switch (_sequenceNumber)
            {
                case 1: case 7: Home(output); break;
                case 3: DeleteForward(output); break;
                case 4: case 8: End(output); break;
            }
        }

        private void CursorKey(char final, StringBuilder output)
        {
            switch (final)
            {
                case 'A': Older(output); break;
                case 'B': Newer(output); break;
                case 'C': Right(output); break;
                case 'D': Left(output); break;
                case 'H': Home(output); break;
                case 'F': End(output); break;
            }
        }
    }
}
