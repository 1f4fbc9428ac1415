namespace Internal.Runtime.GarbageCollection
{
    /// <summary>Counters of one heap (GcHeap.Statistics). Pauses are in IGcPlatform.Timestamp ticks;
    /// byte counts of objects are their sizes rounded up to 8.</summary>
    public struct GcStatistics
    {
        public ulong Collections;
        public ulong LastPause;
        public ulong TotalPause;

        /// <summary>Bytes of the objects the last collection found reachable.</summary>
        public ulong LiveBytes;
        public ulong LiveObjects;

        /// <summary>Bytes of all objects ever allocated, and of those allocated since the last collection.</summary>
        public ulong TotalAllocatedBytes;
        public ulong AllocatedSinceCollection;

        /// <summary>Bytes mapped from the platform now: blocks, large objects, spare blocks, the
        /// block table and the mark stack.</summary>
        public ulong MappedBytes;

        /// <summary>Collections whose mark stack overflowed and that rescanned the heap.</summary>
        public ulong MarkStackOverflows;
    }
}
