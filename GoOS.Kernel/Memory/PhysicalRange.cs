namespace GoOS.Kernel.Memory
{
    /// <summary>A range of physical addresses [Start, End).</summary>
    internal struct PhysicalRange
    {
        public ulong Start;
        public ulong End;

        public PhysicalRange(ulong start, ulong end)
        {
            Start = start;
            End = end;
        }

        public ulong Length => End > Start ? End - Start : 0;

        public bool Overlaps(ulong start, ulong end) => start < End && Start < end;
    }
}
