using GoOS.Terminal;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The VGA text screen (80x25 at physical 0xB8000), written through the direct map.
    /// Until the kernel heap exists it is a plain writer (light grey on black, scrolling at the
    /// bottom); from StartTerminal on, a TextScreen (GoOS.Runtime/Terminal) draws it, so the
    /// ANSI escapes, backspaces and colors programs print (the shell's line editor, top) show
    /// as on a serial terminal. Neither allocates while writing.</summary>
    internal static unsafe class VgaText
    {
        private const int Columns = 80, Rows = 25;
        private const ushort Attribute = 0x07 << 8;
        private const ushort CRTC_INDEX = 0x3D4, CRTC_DATA = 0x3D5;
        private const byte CURSOR_LOCATION_HIGH = 0x0E, CURSOR_LOCATION_LOW = 0x0F;
        private static ushort* s_screen;
        private static int s_column, s_row;
        private static TextScreen<MemoryCells> s_terminal;

        public static void Initialize()
        {
            s_screen = (ushort*)KernelLayout.PhysicalToVirtual(0xB8000);
            for (int i = 0; i < Columns * Rows; i++) s_screen[i] = Attribute | ' ';
            s_column = s_row = 0;
        }

        /// <summary>Hands the screen, with what it shows, to a TextScreen. Called once, as soon as
        /// the kernel heap exists.</summary>
        public static void StartTerminal()
        {
            if (s_screen == null) return;
            ushort* kept = stackalloc ushort[Columns * Rows];
            for (int i = 0; i < Columns * Rows; i++) kept[i] = s_screen[i];
            var terminal = new TextScreen<MemoryCells>(new MemoryCells(s_screen), Columns, Rows);
            for (int i = 0; i < Columns * Rows; i++) s_screen[i] = kept[i];
            terminal.MoveTo(s_row, s_column);
            s_terminal = terminal;
        }

        /// <summary>The cell the next character goes to (row × 80 + column).</summary>
        public static int CursorOffset => s_terminal != null ? s_terminal.CursorOffset : s_row * Columns + s_column;

        public static void Write(char c)
        {
            if (s_screen == null) return;
            if (s_terminal != null)
            {
                s_terminal.Write(c < 128 ? (byte)c : (byte)'?');
                MoveHardwareCursor(s_terminal.CursorOffset);
                return;
            }
            if (c == '\n') { NewLine(); return; }
            if (c == '\r') { s_column = 0; return; }
            s_screen[s_row * Columns + s_column] = (ushort)(Attribute | (c < 128 ? c : '?'));
            if (++s_column == Columns) NewLine();
        }

        // The blinking cursor: CRT controller registers 0x0E and 0x0F hold its cell number.
        private static void MoveHardwareCursor(int offset)
        {
            Cpu.Out8(CRTC_INDEX, CURSOR_LOCATION_LOW);
            Cpu.Out8(CRTC_DATA, (byte)offset);
            Cpu.Out8(CRTC_INDEX, CURSOR_LOCATION_HIGH);
            Cpu.Out8(CRTC_DATA, (byte)(offset >> 8));
        }

        private static void NewLine()
        {
            s_column = 0;
            if (++s_row < Rows) return;
            for (int i = 0; i < Columns * (Rows - 1); i++) s_screen[i] = s_screen[i + Columns];
            for (int i = Columns * (Rows - 1); i < Columns * Rows; i++) s_screen[i] = Attribute | ' ';
            s_row = Rows - 1;
        }
    }
}
