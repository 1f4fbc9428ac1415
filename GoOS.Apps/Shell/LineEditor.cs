using System.Text;

namespace GoOS.Apps.Shell
{
    /// <summary>Edits one line of terminal input at a time, the way a shell prompt does, and says
    /// what to send back to the terminal so it shows the line being edited. Input is the byte
    /// stream of a VT100/xterm-style terminal: a serial line, or the keyboard through
    /// TerminalEncoder (see LineEditor.Input.cs for the keys). Output is appended to the caller's
    /// StringBuilder, one char per byte, using only printable ASCII, '\b', "\r\n", BEL, ESC[nC,
    /// ESC[nD and ESC[K, which TextScreen and serial terminals both understand.
    /// The display assumes the prompt and the line fit on one terminal row (cursor moves do not
    /// cross rows): the shell passes a maxLength no larger than the columns left after its prompt
    /// minus one. Input past maxLength is refused with a bell (0x07). Only printable ASCII is
    /// inserted; other bytes that are not keys are ignored. Not thread-safe.</summary>
    public sealed partial class LineEditor
    {
        public const int DefaultMaxLength = 255;

        private const char Bell = '\a';
        private const char Escape = (char)0x1B;

        private readonly StringBuilder _line;
        private readonly int _maxLength;
        private readonly LineHistory _history;
        private int _cursor;                 // 0.._line.Length: where the next character goes
        private int _historyIndex;           // the entry shown; _history.Count for the new line
        private string _newLine = "";        // the new line, kept while an entry is shown
        private string _completedLine = "";

        public LineEditor(int maxLength = DefaultMaxLength, int historyCapacity = LineHistory.DefaultCapacity)
        {
            _maxLength = maxLength < 1 ? 1 : maxLength;
            _line = new StringBuilder(_maxLength);
            _history = new LineHistory(historyCapacity);
        }

        /// <summary>The line as edited so far.</summary>
        public string Text => _line.ToString();

        /// <summary>Where the cursor is in Text, 0 before the first character.</summary>
        public int Cursor => _cursor;

        public int MaxLength => _maxLength;

        /// <summary>The lines entered so far, which Up and Down recall.</summary>
        public LineHistory History => _history;

        /// <summary>The line the last Completed status finished (without its line ending).</summary>
        public string CompletedLine => _completedLine;

        /// <summary>Drops the line being edited without output (the shell then prints a fresh prompt).</summary>
        public void Reset()
        {
            _line.Clear();
            _cursor = 0;
            _historyIndex = _history.Count;
            _newLine = "";
            _input = InputState.Ground;
        }

        private void Insert(char c, StringBuilder output)
        {
            if (_line.Length >= _maxLength)
            {
                output.Append(Bell);
                return;
            }
            _line.Insert(_cursor, c);
            _cursor++;
            output.Append(c);
            int tail = _line.Length - _cursor;
            if (tail == 0) return;
            output.Append(_line.ToString(_cursor, tail));
            MoveLeft(tail, output);
        }

        private void Backspace(StringBuilder output)
        {
            if (_cursor == 0) return;
            _cursor--;
            _line.Remove(_cursor, 1);
            MoveLeft(1, output);
            RedrawTail(output);
        }

        private void DeleteForward(StringBuilder output)
        {
            if (_cursor == _line.Length) return;
            _line.Remove(_cursor, 1);
            RedrawTail(output);
        }

        // Ctrl-W: removes the word before the cursor and the blanks after it.
        private void DeleteWordBackward(StringBuilder output)
        {
            int start = _cursor;
            while (start > 0 && _line[start - 1] == ' ') start--;
            while (start > 0 && _line[start - 1] != ' ') start--;
            int count = _cursor - start;
            if (count == 0) return;
            _line.Remove(start, count);
            MoveLeft(count, output);
            _cursor = start;
            RedrawTail(output);
        }

        // Ctrl-K: removes everything from the cursor on.
        private void KillToEnd(StringBuilder output)
        {
            if (_cursor == _line.Length) return;
            _line.Remove(_cursor, _line.Length - _cursor);
            output.Append(Escape).Append("[K");
        }

        private void Left(StringBuilder output)
        {
            if (_cursor == 0) return;
            _cursor--;
            MoveLeft(1, output);
        }

        private void Right(StringBuilder output)
        {
            if (_cursor == _line.Length) return;
            MoveRight(1, output);
            _cursor++;
        }

        private void Home(StringBuilder output)
        {
            MoveLeft(_cursor, output);
            _cursor = 0;
        }

        private void End(StringBuilder output)
        {
            MoveRight(_line.Length - _cursor, output);
            _cursor = _line.Length;
        }

        // Up: shows the entry before the one shown, keeping the new line when leaving it.
        private void Older(StringBuilder output)
        {
            if (_historyIndex == 0) return;
            if (_historyIndex == _history.Count) _newLine = _line.ToString();
            _historyIndex--;
            ReplaceLine(_history[_historyIndex], output);
        }

        // Down: shows the entry after the one shown, or the new line after the newest entry.
        // Edits made to a shown entry are dropped when leaving it.
        private void Newer(StringBuilder output)
        {
            if (_historyIndex >= _history.Count) return;
            _historyIndex++;
            ReplaceLine(_historyIndex == _history.Count ? _newLine : _history[_historyIndex], output);
        }

        private LineStatus Complete(StringBuilder output)
        {
            output.Append("\r\n");
            _completedLine = _line.ToString();
            _history.Add(_completedLine);
            Reset();
            return LineStatus.Completed;
        }

        private LineStatus Cancel(StringBuilder output)
        {
            output.Append("^C\r\n");
            Reset();
            return LineStatus.Cancelled;
        }

        // Replaces the whole line with 'text' and puts the cursor after it.
        private void ReplaceLine(string text, StringBuilder output)
        {
            MoveLeft(_cursor, output);
            _line.Clear();
            _line.Append(text);
            _cursor = _line.Length;
            output.Append(text);
            output.Append(Escape).Append("[K");
        }

        // After the line changed from the cursor on: redraws that part, erases what is left of
        // the old line, and brings the terminal's cursor back.
        private void RedrawTail(StringBuilder output)
        {
            int tail = _line.Length - _cursor;
            if (tail > 0) output.Append(_line.ToString(_cursor, tail));
            output.Append(Escape).Append("[K");
            MoveLeft(tail, output);
        }

        private static void MoveLeft(int count, StringBuilder output)
        {
            if (count == 1) output.Append('\b');
            else if (count > 1) output.Append(Escape).Append('[').Append(count).Append('D');
        }

        // Moves the terminal's cursor right over the line: one step by rewriting the character
        // under it, which any terminal understands, more by ESC[nC.
        private void MoveRight(int count, StringBuilder output)
        {
            if (count == 1) output.Append(_line[_cursor]);
            else if (count > 1) output.Append(Escape).Append('[').Append(count).Append('C');
        }
    }
}
