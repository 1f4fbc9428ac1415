namespace Internal.Runtime.GarbageCollection
{
    /// <summary>Tuning of one heap, fixed at GcHeap.Initialize.</summary>
    public struct GcSettings
    {
        /// <summary>A collection is due once this many bytes, or as many as were live after the
        /// last collection if that is more, have been allocated since it.</summary>
        public ulong MinimumTrigger;

        /// <summary>Empty small-object blocks kept mapped after a sweep for reuse (the rest go back to the kernel).</summary>
        public int SpareBlocks;

        /// <summary>First and largest mark stack size in bytes; past the largest, marking falls
        /// back to rescanning the heap, which needs no memory.</summary>
        public ulong InitialMarkStackBytes;
        public ulong MaximumMarkStackBytes;

        public static GcSettings Default => new GcSettings
        {
            MinimumTrigger = 1024 * 1024,
            SpareBlocks = 1,
            InitialMarkStackBytes = 64 * 1024,
            MaximumMarkStackBytes = 16 * 1024 * 1024,
        };
    }
}
