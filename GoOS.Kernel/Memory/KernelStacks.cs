using GoOS.Kernel.Arch.X64;

namespace GoOS.Kernel.Memory
{
    /// <summary>Kernel stacks for threads: each lives in a fixed slot of the kernel half
    /// (KernelLayout.KernelStacksBase), its pages mapped read-write/no-execute and the page below
    /// left unmapped, so running off the end faults instead of corrupting a neighbour. Slots and
    /// pages are returned when the thread ends. Guarded by: interrupts off.</summary>
    internal static unsafe class KernelStacks
    {
        public const int StackPages = 16;
        public const int MaximumStacks = 4096;
        private const ulong PageSize = PageMapper<PagingHardware>.PageSize;
        private const ulong SlotSize = (StackPages + 1) * PageSize;   // guard page + stack

        private static readonly bool[] s_used = new bool[MaximumStacks];
        private static int s_inUse;
        private static int s_lowestFree;   // no slot below it is free

        public static int InUse => s_inUse;

        /// <summary>Maps a fresh stack; returns its top, or 0 (taking nothing) when slots or memory run out.</summary>
        public static ulong Allocate()
        {
            int slot = -1;
            for (int i = s_lowestFree; i < MaximumStacks; i++) if (!s_used[i]) { slot = i; break; }
            if (slot < 0) return 0;
            ulong bottom = KernelLayout.KernelStacksBase + (ulong)slot * SlotSize + PageSize;
            for (int i = 0; i < StackPages; i++)
            {
                if (PhysicalMemory.Allocate(out ulong physical) == MemoryStatus.Ok
                    && KernelAddressSpace.Mapper.Map(KernelAddressSpace.Root, bottom + (ulong)i * PageSize, physical,
                        PageFlags.Present | PageFlags.Writable | PageFlags.NoExecute | PageFlags.Global) == MemoryStatus.Ok)
                    continue;
                if (physical != 0 && !PhysicalMemory.IsFree(physical)) PhysicalMemory.Free(physical);
                UnmapPages(bottom, i);
                return 0;
            }
            s_used[slot] = true;
            s_inUse++;
            s_lowestFree = slot + 1;
            return bottom + StackPages * PageSize;
        }

        /// <summary>Unmaps and frees the stack whose top Allocate returned. The stack must not be in use.</summary>
        public static void Free(ulong top)
        {
            ulong bottom = top - StackPages * PageSize;
            int slot = (int)((bottom - PageSize - KernelLayout.KernelStacksBase) / SlotSize);
            UnmapPages(bottom, StackPages);
            s_used[slot] = false;
            s_inUse--;
            if (slot < s_lowestFree) s_lowestFree = slot;
        }

        private static void UnmapPages(ulong bottom, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (KernelAddressSpace.Mapper.Unmap(KernelAddressSpace.Root, bottom + (ulong)i * PageSize, out ulong physical, out _, out _) == MemoryStatus.Ok)
                    PhysicalMemory.Free(physical);
            }
        }

        /// <summary>Whether address lies in the guard page of some stack slot (a kernel stack overflow).</summary>
        public static bool IsGuardPage(ulong address)
        {
            if (address < KernelLayout.KernelStacksBase || address >= KernelLayout.KernelStacksBase + MaximumStacks * SlotSize) return false;
            return (address - KernelLayout.KernelStacksBase) % SlotSize < PageSize;
        }
    }
}
