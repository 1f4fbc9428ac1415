using GoOS.Runtime;
using Internal.Runtime.GarbageCollection;

namespace GoOS
{
    /// <summary>The program's garbage collector: collect now, and what it has done so far.
    /// Pauses are in CPU ticks (CpuClock.Ticks).</summary>
    public static class GarbageCollector
    {
        /// <summary>Runs a full collection now (all threads of the program stop meanwhile).</summary>
        public static void Collect() => ProgramHeap.Collect();

        public static long Collections => (long)ProgramHeap.Statistics.Collections;

        /// <summary>Ticks the last collection stopped the program for.</summary>
        public static ulong LastPauseTicks => ProgramHeap.Statistics.LastPause;

        public static ulong TotalPauseTicks => ProgramHeap.Statistics.TotalPause;

        /// <summary>Bytes of objects the last collection found reachable.</summary>
        public static ulong LiveBytes => ProgramHeap.Statistics.LiveBytes;

        /// <summary>Bytes of pages the heap holds now.</summary>
        public static ulong HeapBytes => ProgramHeap.Statistics.MappedBytes;

        public static ulong TotalAllocatedBytes => ProgramHeap.Statistics.TotalAllocatedBytes;
    }
}
