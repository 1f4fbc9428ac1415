using GoOS.Abi;

namespace GoOS.Kernel.Processes
{
    /// <summary>Where things are in a process's half of the address space:
    ///   0x0000_0000_0040_0000  the program image (ELF segments, below HeapBase)
    ///   0x0000_1000_0000_0000  the system-wide heap range: MapHeap hands out addresses here that
    ///                          no two processes use at once (DESIGN.md §3)
    ///   0x0000_7FFF_FFF0_0000  stack tops, one slot per thread going down, each with unmapped
    ///                          guard space below its stack.
    /// Page 0 and everything below 0x10000 is never mapped.</summary>
    public static class UserLayout
    {
        public const ulong PageSize = 4096;
        public const ulong LowestImageAddress = 0x10000;

        public const ulong HeapBase = 0x0000100000000000;
        public const ulong HeapSize = 16UL << 30;
        /// <summary>MapHeap hands out address space in multiples of this.</summary>
        public const ulong HeapGranule = 64 * 1024;

        public const ulong StackTop = ProcessLimits.StackTop;
        /// <summary>Address space per thread slot: its stack and the unmapped guard below it.</summary>
        public const ulong StackSlotSize = ProcessLimits.StackSlotBytes;

        /// <summary>Top of the stack of the thread in slot (slot 0 is the main thread).</summary>
        public static ulong StackTopOf(int slot) => StackTop - (ulong)slot * StackSlotSize;

        /// <summary>Bytes of stack mapped for the thread in slot.</summary>
        public static ulong StackBytesOf(int slot) => slot == 0 ? ProcessLimits.MainStackBytes : ProcessLimits.ThreadStackBytes;

        /// <summary>Whether address lies in the guard space below some thread's stack.</summary>
        public static bool IsStackGuard(ulong address)
        {
            ulong lowest = StackTop - (ulong)ProcessLimits.MaximumThreads * StackSlotSize;
            if (address >= StackTop || address < lowest) return false;
            int slot = (int)((StackTop - 1 - address) / StackSlotSize);
            return address < StackTopOf(slot) - StackBytesOf(slot);
        }
    }
}
