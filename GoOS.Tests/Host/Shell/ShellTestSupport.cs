using System.Text;
using GoOS.Apps.Shell;
using GoOS.Terminal;
using GoOS.Drivers.Keyboard;

namespace GoOS.Tests.Host.Shell;

/// <summary>Helpers shared by the keyboard, screen and line-editor tests.</summary>
internal static class ShellTestSupport
{
    public const string Esc = "\u001b";

    public static TextScreen<ArrayCells> NewScreen(int columns = 80, int rows = 25) =>
        new TextScreen<ArrayCells>(new ArrayCells(new ushort[columns * rows]), columns, rows);

    /// <summary>Feeds scancode bytes and returns every event they produced.</summary>
    public static List<KeyEvent> Feed(ScancodeDecoder decoder, params byte[] codes)
    {
        var events = new List<KeyEvent>();
        foreach (byte code in codes)
            if (decoder.Feed(code, out KeyEvent e)) events.Add(e);
        return events;
    }

    /// <summary>The characters typed by the presses among 'events'.</summary>
    public static string Typed(List<KeyEvent> events)
    {
        var text = new StringBuilder();
        foreach (KeyEvent e in events)
            if (e.Pressed && e.Character != '\0') text.Append(e.Character);
        return text.ToString();
    }

    /// <summary>Encodes one key event as a terminal would send it.</summary>
    public static string Encode(KeyEvent keyEvent)
    {
        Span<byte> buffer = stackalloc byte[TerminalEncoder.MaxSequenceLength];
        int length = TerminalEncoder.Encode(keyEvent, buffer);
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) text.Append((char)buffer[i]);
        return text.ToString();
    }

    /// <summary>Feeds each char of 'input' as a byte; returns the statuses that were not Editing.</summary>
    public static List<LineStatus> Type(LineEditor editor, string input, StringBuilder output)
    {
        var statuses = new List<LineStatus>();
        foreach (char c in input)
        {
            LineStatus status = editor.Feed((byte)c, output);
            if (status != LineStatus.Editing) statuses.Add(status);
        }
        return statuses;
    }

    /// <summary>Makes control characters visible in assertion messages.</summary>
    public static string Show(string s) => s.Replace(Esc, "<ESC>").Replace("\b", "<BS>").Replace("\r", "<CR>").Replace("\n", "<LF>").Replace("\a", "<BEL>");
}
