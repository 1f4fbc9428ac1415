namespace Internal.Runtime.GarbageCollection
{
    /// <summary>Where a collection starts marking, as arrays the caller owns (stack memory or
    /// static buffers: the collector allocates nothing). References to memory outside this heap
    /// (frozen objects in the image, other programs' objects) are ignored.</summary>
    public unsafe struct GcRoots
    {
        /// <summary>Addresses of words that hold a reference or null (static fields).</summary>
        public ulong** ExactSlots;
        public int ExactSlotCount;

        /// <summary>Ranges in which every aligned word holds a reference or null (a statics block).</summary>
        public GcRange* ExactRanges;
        public int ExactRangeCount;

        /// <summary>Ranges whose words may or may not be references (stacks of stopped threads,
        /// their saved registers): any word that points into an allocated object, at its start or
        /// inside it, keeps that object alive.</summary>
        public GcRange* ConservativeRanges;
        public int ConservativeRangeCount;
    }
}
