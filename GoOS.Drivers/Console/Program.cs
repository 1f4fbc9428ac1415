using GoOS;
using GoOS.Abi;
using GoOS.Terminal;

namespace GoOS.Drivers.ConsoleService
{
    /// <summary>The console service: it takes the VGA text screen from the kernel (Screen.Claim:
    /// 80x25 cells, colors, scrolling and ANSI escapes through a TextScreen, the hardware cursor
    /// through the CRT controller) and publishes ConsoleService.Name, the channel every program's
    /// Console output comes to. That text is drawn and mirrored to COM1 through the serial
    /// driver ("serial-out"); the kernel's log lines, which the kernel wrote to COM1 itself, are
    /// only drawn. One goroutine per source; a token channel keeps one drawing at a time.</summary>
    public static unsafe class Program
    {
        private const ushort CrtcIndex = 0x3D4, CrtcData = 0x3D5;
        private const byte CursorHigh = 0x0E, CursorLow = 0x0F;

        private static TextScreen<MemoryCells> s_screen;
        private static Chan<int> s_drawing;

        public static int Main(string[] args)
        {
            Screen screen = Screen.Claim();
            s_screen = Keep(screen);
            s_drawing = new Chan<int>(1);
            s_drawing.Send(0);
            ChanOfString serial = ChanOfString.Lookup("serial-out", 2000, GoOS.ConsoleService.MessageCharacters);
            var text = new ChanOfString(64, GoOS.ConsoleService.MessageCharacters);
            text.Publish(GoOS.ConsoleService.Name);
            Go.Run(() => Show(screen.KernelLog, null));
            Show(text, serial);
            return 0;
        }

        // A TextScreen over the cells that keeps what the kernel drew, cursor included.
        private static TextScreen<MemoryCells> Keep(Screen screen)
        {
            const int cells = ScreenAbi.Columns * ScreenAbi.Rows;
            var kept = new ushort[cells];
            for (int i = 0; i < cells; i++) kept[i] = screen.Cells[i];
            var terminal = new TextScreen<MemoryCells>(new MemoryCells(screen.Cells), ScreenAbi.Columns, ScreenAbi.Rows);
            for (int i = 0; i < cells; i++) screen.Cells[i] = kept[i];
            terminal.MoveTo(screen.CursorOffset / ScreenAbi.Columns, screen.CursorOffset % ScreenAbi.Columns);
            return terminal;
        }

        // Draws every message of source until it closes; mirrors each to COM1 when mirror is set.
        private static void Show(ChanOfString source, ChanOfString mirror)
        {
            while (true)
            {
                string message = source.Receive(out bool ok);
                if (!ok) return;
                s_drawing.Receive();
                s_screen.Write(message);
                MoveCursor(s_screen.CursorOffset);
                s_drawing.Send(0);
                mirror?.Send(message);
            }
        }

        private static void MoveCursor(int offset)
        {
            Ports.Out8(CrtcIndex, CursorLow);
            Ports.Out8(CrtcData, (byte)offset);
            Ports.Out8(CrtcIndex, CursorHigh);
            Ports.Out8(CrtcData, (byte)(offset >> 8));
        }
    }
}
