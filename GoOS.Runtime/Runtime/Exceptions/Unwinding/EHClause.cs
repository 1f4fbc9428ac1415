namespace Internal.Runtime.Exceptions
{
    public enum EHClauseKind
    {
        /// <summary>catch (T): Target is T's MethodTable.</summary>
        Typed = 0,
        /// <summary>finally or fault.</summary>
        Fault = 1,
        /// <summary>catch ... when (...): FilterOffset locates the filter funclet.</summary>
        Filter = 2,
    }

    /// <summary>One EH clause of a method; offsets are from the method's main-body start and the
    /// try range is [TryStart, TryEnd).</summary>
    public unsafe struct EHClause
    {
        public EHClauseKind Kind;
        public uint TryStart;
        public uint TryEnd;
        public uint HandlerOffset;
        public uint FilterOffset;
        public void* CatchType;

        public bool Contains(uint codeOffset) => codeOffset >= TryStart && codeOffset < TryEnd;

        public bool SameTryAs(in EHClause other) => TryStart == other.TryStart && TryEnd == other.TryEnd;
    }

    /// <summary>Reads ILC's EH clause blob: a count, then per clause try start, (try length &lt;&lt; 2 | kind),
    /// handler offset, and a relptr to the catch type (typed) or the filter offset (filter), all
    /// numbers as NativeAOT compressed unsigned integers. Clauses come innermost first.</summary>
    public unsafe struct EHClauseReader
    {
        private byte* _next;
        private uint _remaining;

        public EHClauseReader(byte* ehInfo)
        {
            _next = ehInfo;
            _remaining = ehInfo == null ? 0 : ReadCompressed(ref _next);
        }

        public uint Remaining => _remaining;

        public bool Next(out EHClause clause)
        {
            clause = default;
            if (_remaining == 0) return false;
            _remaining--;
            clause.TryStart = ReadCompressed(ref _next);
            uint lengthAndKind = ReadCompressed(ref _next);
            clause.Kind = (EHClauseKind)(lengthAndKind & 3);
            clause.TryEnd = clause.TryStart + (lengthAndKind >> 2);
            clause.HandlerOffset = ReadCompressed(ref _next);
            if (clause.Kind == EHClauseKind.Typed) clause.CatchType = Dwarf.ReadRelative32(ref _next);
            else if (clause.Kind == EHClauseKind.Filter) clause.FilterOffset = ReadCompressed(ref _next);
            return true;
        }

        /// <summary>NativeAOT's compressed uint: the count of low one-bits in the first byte says how
        /// many bytes follow (0 to 3, or 4 for a plain u32 after a 0x0F byte).</summary>
        public static uint ReadCompressed(ref byte* p)
        {
            uint b0 = p[0];
            if ((b0 & 1) == 0) { p += 1; return b0 >> 1; }
            if ((b0 & 2) == 0) { uint v = (b0 >> 2) | ((uint)p[1] << 6); p += 2; return v; }
            if ((b0 & 4) == 0) { uint v = (b0 >> 3) | ((uint)p[1] << 5) | ((uint)p[2] << 13); p += 3; return v; }
            if ((b0 & 8) == 0) { uint v = (b0 >> 4) | ((uint)p[1] << 4) | ((uint)p[2] << 12) | ((uint)p[3] << 20); p += 4; return v; }
            uint u = *(uint*)(p + 1);
            p += 5;
            return u;
        }
    }
}
