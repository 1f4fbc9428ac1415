using GoOS.Kernel.Memory;
using GoOS.Kernel.Scheduling;

namespace GoOS.Kernel.Processes
{
    /// <summary>Pages a process may use but that are mapped only when first touched: the rest of
    /// each thread's stack (below the few pages mapped at its start) and the heap ranges MapHeap
    /// reserved for it. Called for page faults on not-present pages in ring 3, and by the kernel
    /// before it touches user memory for a system call. Interrupts off.</summary>
    internal static unsafe class DemandPaging
    {
        private const ulong PageSize = UserLayout.PageSize;

        /// <summary>Maps a zeroed page at address if the current process may have one there and
        /// has none yet. False when the address is not such a page or memory ran out.</summary>
        public static bool TryResolve(ulong address)
        {
            Process process = Scheduler.Current.Process;
            if (process == null || process.State != ProcessState.Running) return false;
            ulong page = address & ~(PageSize - 1);
            if (!MayMap(process, page)) return false;
            if (ProcessTable.Heap.Contains(page)) return ProcessMemory.MapNewHeapPage(process, page);
            return ProcessMemory.MapNewPage(process, page, PageFlags.Writable | PageFlags.NoExecute, out _);
        }

        private static bool MayMap(Process process, ulong page)
        {
            if (ProcessTable.Heap.Contains(page)) return ProcessTable.Heap.OwnerOf(page) == ProcessTable.OwnerNumber(process);
            ulong lowestStack = UserLayout.StackTop - (ulong)Process.MaximumThreads * UserLayout.StackSlotSize;
            if (page >= UserLayout.StackTop || page < lowestStack) return false;
            int slot = (int)((UserLayout.StackTop - 1 - page) / UserLayout.StackSlotSize);
            return process.Threads[slot] != null && page >= UserLayout.StackTopOf(slot) - UserLayout.StackBytesOf(slot);
        }
    }
}
