using GoOS.Abi;
using GoOS.Kernel.Diagnostics;
using GoOS.Kernel.Memory;
using GoOS.Kernel.Memory.Ledger;

namespace GoOS.Kernel.Processes
{
    /// <summary>The page ledger (DESIGN.md §3) for the frames mapped in the system-wide heap
    /// range: every heap page a process touches is given to it here, objects sent over channels
    /// move between owners here (HeapPages.Transfer.cs, HeapPages.Messages.cs), and a frame goes back to the free pool only
    /// when the ledger says nobody alive owns anything on it. A process maps exactly the heap
    /// pages it owns something on: heap pages are mapped Borrowed (tearing down an address space
    /// leaves their frames to the ledger), a page is mapped into an owner when it gets an object
    /// there and unmapped when it owns nothing there any more (OwnerLeft).
    ///
    /// Objects in flight (sent, not yet received) belong to the owner InFlight, which never
    /// ends; their pages are mapped in an address space of its own, from which a receiver's
    /// mappings are copied. Interrupts off.</summary>
    internal static unsafe partial class HeapPages
    {
        /// <summary>At most this many heap pages are in use at once (about 100 bytes of kernel
        /// heap each); a process that would touch one more gets no page (OutOfMemory).</summary>
        public const int MaximumPagesInUse = 1 << 17;

        /// <summary>The owner of objects sent over a channel and not yet received.</summary>
        public const int InFlight = ProcessTable.MaximumProcesses + 1;

        private static PageLedger<FrameReturn> s_ledger;
        private static ulong s_inFlightRoot;
        private static long s_objectsInFlight;
        private static bool s_inFlightSpaceUsed;   // since the last trim

        /// <summary>Sizes the ledger for this machine's memory and makes the in-flight owner's
        /// address space. Called once at boot.</summary>
        public static void Initialize()
        {
            ulong total = PhysicalMemory.TotalPages;
            int capacity = total < MaximumPagesInUse ? (int)total : MaximumPagesInUse;
            s_ledger = new PageLedger<FrameReturn>(UserLayout.HeapSize / UserLayout.PageSize, capacity, InFlight, new FrameReturn());
            s_ledger.ProcessStarted(InFlight);
            if (KernelAddressSpace.Mapper.CreateAddressSpace(out s_inFlightRoot) != MemoryStatus.Ok) Panic.Stop("no page for the in-flight address space");
        }

        // The in-flight space keeps the page tables its transfers leave empty (a transfer pays
        // for no table); they are freed here, at a process's end, when nothing is in flight.
        private static void TrimInFlightSpace()
        {
            if (!s_inFlightSpaceUsed) return;
            s_inFlightSpaceUsed = false;
            KernelAddressSpace.Mapper.DestroyAddressSpace(s_inFlightRoot, out _);
            if (KernelAddressSpace.Mapper.CreateAddressSpace(out s_inFlightRoot) != MemoryStatus.Ok) Panic.Stop("no page for the in-flight address space");
        }

        /// <summary>Page-table pages of the in-flight owner's address space.</summary>
        public static ulong InFlightTablePages => KernelAddressSpace.CountUserTablePages(s_inFlightRoot);

        /// <summary>A new process took owner number owner.</summary>
        public static void ProcessStarted(int owner) => s_ledger.ProcessStarted(owner);

        /// <summary>The process with owner number owner ended: every heap page only it owned
        /// something on is freed now. Call before its address space is destroyed or its number
        /// reused. With nothing in flight, the in-flight space's page tables go too.</summary>
        public static void ProcessEnded(int owner)
        {
            s_ledger.ProcessEnded(owner);
            if (s_objectsInFlight == 0) TrimInFlightSpace();
        }

        /// <summary>Records that the process with owner number owner just mapped frame at the heap
        /// address page. False (the caller unmaps and frees the frame) when the ledger is full.</summary>
        public static bool Given(int owner, ulong page, ulong frame)
        {
            if (s_ledger.GivePage(Index(page), owner, frame) != LedgerStatus.Ok) return false;
            ProcessTable.Heap.PageInUse(page);
            return true;
        }

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

        /// <summary>The process with owner number owner, or null (ended, or the in-flight owner).</summary>
        private static Process ProcessOf(int owner) => owner >= 1 && owner <= ProcessTable.MaximumProcesses ? ProcessTable.At(owner - 1) : null;

        /// <summary>The address space where owner's heap pages are mapped (0 once it is gone).</summary>
        private static ulong RootOf(int owner) => owner == InFlight ? s_inFlightRoot : ProcessOf(owner)?.AddressSpaceRoot ?? 0;

        private static Status ToStatus(LedgerStatus status) => status switch
        {
            LedgerStatus.Ok => Status.Ok,
            LedgerStatus.TooManyOwners => Status.TooManyOwners,
            LedgerStatus.TooManyObjects => Status.TooManyOwners,
            LedgerStatus.LedgerFull => Status.OutOfMemory,
            _ => Status.NotOwner,
        };

        // What the ledger asks of the kernel: free frames nobody owns anything on, and unmap
        // pages from an owner that no longer owns anything on them.
        private struct FrameReturn : ILedgerHost
        {
            public void PageFreed(ulong page, ulong frame)
            {
                PhysicalMemory.Free(frame);
                ProcessTable.Heap.PageFreed(Address(page));
            }

            public void OwnerLeft(ulong firstPage, ulong pages, int owner)
            {
                if (!DeferUnmap(firstPage, pages, owner)) Unmap(firstPage, pages, owner, keepTables: false);
            }
        }

        /// <summary>Removes the pages [firstPage, +pages) (ledger indices) from owner's address
        /// space, keeping its page count right. keepTables: page tables left empty stay (an
        /// object moved on; the next one will likely land there again), else they are freed.</summary>
        private static void Unmap(ulong firstPage, ulong pages, int owner, bool keepTables)
        {
            ulong root = RootOf(owner);
            if (root == 0) return;
            ulong cleared = KernelAddressSpace.Mapper.ClearRun(root, Address(firstPage), pages, freeEmptyTables: !keepTables);
            Process process = ProcessOf(owner);
            if (process == null) return;
            process.Pages -= cleared;
            process.ForgetCheckedPages();
        }
    }
}
