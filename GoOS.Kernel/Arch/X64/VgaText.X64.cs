namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The VGA text screen (80x25 at physical 0xB8000), written through the direct map:
    /// light grey on black, scrolling at the bottom.</summary>
    internal static unsafe class VgaText
    {
        private const int Columns = 80, Rows = 25;
        private const ushort Attribute = 0x07 << 8;
        private static ushort* s_screen;
        private static int s_column, s_row;

        public static void Initialize()
        {
            s_screen = (ushort*)KernelLayout.PhysicalToVirtual(0xB8000);
            for (int i = 0; i < Columns * Rows; i++) s_screen[i] = Attribute | ' ';
            s_column = s_row = 0;
        }

        public static void Write(char c)
        {
            if (s_screen == null) return;
            if (c == '\n') { NewLine(); return; }
            if (c == '\r') { s_column = 0; return; }
            s_screen[s_row * Columns + s_column] = (ushort)(Attribute | (c < 128 ? c : '?'));
            if (++s_column == Columns) NewLine();
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
