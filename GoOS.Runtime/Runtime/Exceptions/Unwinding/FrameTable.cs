namespace Internal.Runtime.Exceptions
{
    /// <summary>Finds the FDE covering a code address through the binary-search table lld builds
    /// in .eh_frame_hdr (ld.lld --eh-frame-hdr).</summary>
    public unsafe struct FrameTable
    {
        private readonly byte* _header;
        private readonly uint _count;
        private readonly int* _table;

        /// <summary>Wraps an .eh_frame_hdr; Valid is false if its encodings are not the ones lld writes.</summary>
        public FrameTable(byte* ehFrameHeader)
        {
            _header = ehFrameHeader;
            _count = 0;
            _table = null;
            if (ehFrameHeader == null || ehFrameHeader[0] != 1) return;
            if (ehFrameHeader[2] != PointerEncoding.Unsigned32 || ehFrameHeader[3] != PointerEncoding.DataRelativeSigned32) return;
            _count = *(uint*)(ehFrameHeader + 8);
            _table = (int*)(ehFrameHeader + 12);
        }

        public bool Valid => _table != null;

        public uint Count => _count;

        /// <summary>The FDE pointer of table entry i (entries are sorted by start address).</summary>
        public byte* EntryAt(uint i) => _header + _table[2 * i + 1];

        /// <summary>Decodes the FDE whose range contains pc; false if pc is not described (not managed code).</summary>
        public bool TryFind(ulong pc, out FrameDescription frame)
        {
            frame = default;
            if (_table == null || _count == 0) return false;
            long low = 0, high = (long)_count - 1, found = -1;
            while (low <= high)
            {
                long middle = (low + high) / 2;
                ulong start = (ulong)(_header + _table[2 * middle]);
                if (start <= pc) { found = middle; low = middle + 1; }
                else high = middle - 1;
            }
            if (found < 0) return false;
            return FrameDescription.TryDecode(_header + _table[2 * found + 1], out frame) && frame.Contains(pc);
        }
    }
}
