namespace GoOS.Terminal
{
    /// <summary>Where a TextScreen keeps its cells: row-major, Columns * Rows of them, each the
    /// character byte in bits 0-7 and the attribute in bits 8-15, exactly as VGA text memory
    /// holds them. The driver passes a struct over the real buffer at 0xB8000; host tests and
    /// off-screen consoles pass ArrayCells. TextScreen never reads or writes outside
    /// [0, Columns * Rows).</summary>
    public interface ICellBuffer
    {
        ushort Read(int index);

        void Write(int index, ushort cell);
    }

    /// <summary>Cells in an ordinary array.</summary>
    public readonly struct ArrayCells : ICellBuffer
    {
        private readonly ushort[] _cells;

        public ArrayCells(ushort[] cells)
        {
            _cells = cells;
        }

        /// <summary>The array itself (to copy to the screen, or to inspect).</summary>
        public ushort[] Array => _cells;

        public ushort Read(int index) => _cells[index];

        public void Write(int index, ushort cell) => _cells[index] = cell;
    }

    /// <summary>Cells at a fixed address: VGA text memory as the kernel (or a console driver)
    /// has it mapped.</summary>
    public readonly unsafe struct MemoryCells : ICellBuffer
    {
        private readonly ushort* _cells;

        public MemoryCells(ushort* cells)
        {
            _cells = cells;
        }

        public ushort Read(int index) => _cells[index];

        public void Write(int index, ushort cell) => _cells[index] = cell;
    }
}
