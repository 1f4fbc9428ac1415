using GoOS.Abi;
using GoOS.Kernel.Memory;
using GoOS.Kernel.Memory.Ledger;

namespace GoOS.Kernel.Processes
{
    internal static unsafe partial class HeapPages
    {
        /// <summary>A transfer makes three OwnerLeft reports at most (the two edge pages of the
        /// object and its interior) but in one rare case: a holder that gave back some interior
        /// pages and got its object back sends it again. Past this many, unmaps are not deferred
        /// and the pages missing from the copy are mapped from the ledger's frames.</summary>
        private const int MostDeferredUnmaps = 16;

        // While a transfer copies mappings from the old owner to the new one, the old owner's
        // unmaps wait here (the copy reads its page tables). No frame is freed by a transfer.
        private static bool s_deferring;
        private static int s_deferredCount;
        private static readonly ulong[] s_deferredFirst = new ulong[MostDeferredUnmaps];
        private static readonly ulong[] s_deferredPages = new ulong[MostDeferredUnmaps];
        private static readonly int[] s_deferredOwner = new int[MostDeferredUnmaps];

        /// <summary>Moves the object whose allocation (header word included) is [start, start +
        /// bytes) from owner 'from' to owner 'to' in the ledger and maps its pages into to's
        /// address space. A sender's pages it reserved but never touched are mapped for it first.
        /// NotOwner when from does not own something on every page (or the run is not a heap
        /// object), TooManyOwners when a page would get more owners than the ledger counts,
        /// OutOfMemory when no page table or ledger record can be had; on failure nothing changed.</summary>
        public static Status Transfer(int from, int to, ulong start, ulong bytes)
        {
            if (bytes == 0 || !ProcessTable.Heap.Contains(start) || !ProcessTable.Heap.Contains(start + bytes - 1)) return Status.NotOwner;
            ulong first = Index(start), pages = Index(start + bytes - 1) - first + 1;
            s_deferring = true;
            LedgerStatus status = s_ledger.TransferObject(first, pages, from, to);
            if (status == LedgerStatus.NotGiven && TouchReserved(from, first, pages)) status = s_ledger.TransferObject(first, pages, from, to);
            Status result = ToStatus(status);
            if (result == Status.Ok)
            {
                result = MapRun(from, to, first, pages);
                if (result != Status.Ok)
                {
                    s_deferredCount = 0;   // from keeps the object, so it keeps its mappings
                    s_ledger.TransferObject(first, pages, to, from);
                }
            }
            s_deferring = false;
            for (int i = 0; i < s_deferredCount; i++) Unmap(s_deferredFirst[i], s_deferredPages[i], s_deferredOwner[i], keepTables: true);
            s_deferredCount = 0;
            if (result == Status.Ok && to == InFlight)
            {
                s_objectsInFlight++;
                s_inFlightSpaceUsed = true;
            }
            if (result == Status.Ok && from == InFlight) s_objectsInFlight--;
            return result;
        }

        /// <summary>owner's garbage collector freed the object [start, start + bytes) it had
        /// received: pages nobody owns anything on any more are freed, and owner's mappings of
        /// the pages it no longer owns anything on go. NotOwner unless owner owns it.</summary>
        public static Status Release(int owner, ulong start, ulong bytes)
        {
            if (bytes == 0 || !ProcessTable.Heap.Contains(start) || !ProcessTable.Heap.Contains(start + bytes - 1)) return Status.NotOwner;
            ulong first = Index(start);
            Status released = ToStatus(s_ledger.ReleaseObject(first, Index(start + bytes - 1) - first + 1, owner));
            if (released == Status.Ok && owner == InFlight) s_objectsInFlight--;
            return released;
        }

        private static bool DeferUnmap(ulong firstPage, ulong pages, int owner)
        {
            if (!s_deferring || s_deferredCount == MostDeferredUnmaps) return false;
            s_deferredFirst[s_deferredCount] = firstPage;
            s_deferredPages[s_deferredCount] = pages;
            s_deferredOwner[s_deferredCount] = owner;
            s_deferredCount++;
            return true;
        }

        // Copies from's mappings of the run into to's space; a page from does not map (it cannot
        // happen while from owns something there, but the ledger's frame is the truth) is mapped
        // from the ledger.
        private static Status MapRun(int from, int to, ulong first, ulong pages)
        {
            ulong target = RootOf(to);
            if (target == 0) return Status.Ok;
            MemoryStatus mapped = KernelAddressSpace.Mapper.ShareRun(RootOf(from), target, Address(first), pages, out ulong added, out ulong missing);
            for (ulong page = first; mapped == MemoryStatus.Ok && missing > 0 && page - first < pages; page++)
            {
                if (!s_ledger.TryGetPage(page, out PageState state)) continue;
                MemoryStatus one = KernelAddressSpace.Mapper.Map(target, Address(page), state.Frame,
                    PageFlags.Present | PageFlags.User | PageFlags.Writable | PageFlags.NoExecute | PageFlags.Borrowed);
                if (one == MemoryStatus.Ok) added++;
                else if (one != MemoryStatus.AlreadyMapped) mapped = one;
            }
            Process process = ProcessOf(to);
            if (process != null) process.Pages += added;
            return mapped == MemoryStatus.Ok ? Status.Ok : Status.OutOfMemory;
        }

        // Maps the pages of the run that owner reserved (MapHeap) but never touched, so that a
        // freshly allocated object can be sent whole. False when there was none or memory ran out.
        private static bool TouchReserved(int owner, ulong first, ulong pages)
        {
            Process process = ProcessOf(owner);
            if (process == null) return false;
            bool touched = false;
            for (ulong page = first; page - first < pages; page++)
            {
                ulong address = Address(page);
                if (s_ledger.IsInUse(page) || ProcessTable.Heap.OwnerOf(address) != owner) continue;
                if (!ProcessMemory.MapNewHeapPage(process, address)) return false;
                touched = true;
            }
            return touched;
        }
    }
}
