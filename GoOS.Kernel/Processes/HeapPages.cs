using GoOS.Kernel.Memory;
using GoOS.Kernel.Memory.Ledger;

namespace GoOS.Kernel.Processes
{
    /// <summary>The page ledger (DESIGN.md §3) for the frames mapped in the system-wide heap
    /// range: every heap page a process touches is given to it here, and its frame goes back to
    /// the free pool only when the ledger says nobody alive owns anything on it. Heap pages are
    /// mapped Borrowed, so tearing down an address space leaves their frames to the ledger.
    /// Interrupts off.</summary>
    internal static class HeapPages
    {
        /// <summary>At most this many heap pages are in use at once (about 100 bytes of kernel
        /// heap each); a process that would touch one more gets no page (OutOfMemory).</summary>
        public const int MaximumPagesInUse = 1 << 17;

        private static PageLedger<FrameReturn> s_ledger;

        /// <summary>Sizes the ledger for this machine's memory. Called once at boot.</summary>
        public static void Initialize()
        {
            ulong total = PhysicalMemory.TotalPages;
            int capacity = total < MaximumPagesInUse ? (int)total : MaximumPagesInUse;
            s_ledger = new PageLedger<FrameReturn>(UserLayout.HeapSize / UserLayout.PageSize, capacity, ProcessTable.MaximumProcesses, new FrameReturn());
        }

        /// <summary>A new process took owner number owner.</summary>
        public static void ProcessStarted(int owner) => s_ledger.ProcessStarted(owner);

        /// <summary>The process with owner number owner ended: every heap page only it owned
        /// something on is freed now. Call before its address space is destroyed or its number
        /// reused.</summary>
        public static void ProcessEnded(int owner) => s_ledger.ProcessEnded(owner);

        /// <summary>Records that the process with owner number owner just mapped frame at the heap
        /// address page. False (the caller unmaps and frees the frame) when the ledger is full.</summary>
        public static bool Given(int owner, ulong page, ulong frame) => s_ledger.GivePage(Index(page), owner, frame) == LedgerStatus.Ok;

        /// <summary>The process unmapped its heap page (UnmapHeap): the frame is freed unless
        /// another process still owns objects on it.</summary>
        public static void GivenBack(int owner, ulong page) => s_ledger.GiveBack(Index(page), owner);

        /// <summary>The system-wide figures.</summary>
        public static LedgerTotals Totals => s_ledger.Totals;

        /// <summary>The figures of the process with owner number owner (zeros if it has none).</summary>
        public static OwnerPages PagesOf(int owner)
        {
            s_ledger.CountPages(owner, out OwnerPages pages);
            return pages;
        }

        private static ulong Index(ulong page) => (page - UserLayout.HeapBase) / UserLayout.PageSize;

        private static ulong Address(ulong index) => UserLayout.HeapBase + index * UserLayout.PageSize;

        // What the ledger asks of the kernel: free frames nobody owns anything on, and unmap a
        // page from a live process that no longer owns anything on it.
        private struct FrameReturn : ILedgerHost
        {
            public void PageFreed(ulong page, ulong frame) => PhysicalMemory.Free(frame);

            public void OwnerLeft(ulong page, int owner)
            {
                Process process = ProcessTable.At(owner - 1);
                if (process == null || process.AddressSpaceRoot == 0) return;
                ulong address = Address(page);
                if (KernelAddressSpace.Mapper.Unmap(process.AddressSpaceRoot, address, out _, out _, out _) != MemoryStatus.Ok) return;
                process.Pages--;
                process.ForgetCheckedPages();
            }
        }
    }
}
