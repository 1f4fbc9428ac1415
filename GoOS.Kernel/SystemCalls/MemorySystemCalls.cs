using GoOS.Abi;
using GoOS.Kernel.Memory;
using GoOS.Kernel.Memory.Ledger;
using GoOS.Kernel.Processes;
using GoOS.Kernel.Scheduling;
using GoOS.Kernel.UserMode;

namespace GoOS.Kernel.SystemCalls
{
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>The memory calls (ABI: GoOS.Runtime/Abi/SystemCalls.cs): MapHeap, UnmapHeap,
    /// ObjectRelease, GetMemoryInfo. Heap addresses come from the system-wide heap range (ProcessTable.Heap),
    /// so no address is in two processes at once; MapHeap reserves them, and each page is
    /// mapped, zeroed, when first touched (DemandPaging). Interrupts off.</summary>
    internal static unsafe class MemorySystemCalls
    {
        /// <summary>MapHeap maps at most this much per call.</summary>
        public const ulong MaximumMapping = 1UL << 30;

        public static long MapHeap(ulong bytes)
        {
            Process process = Scheduler.Current.Process;
            if (process == null) return (long)Status.InvalidSystemCall;
            if (bytes == 0 || bytes > MaximumMapping) return (long)Status.BadLength;
            bytes = (bytes + UserLayout.PageSize - 1) & ~(UserLayout.PageSize - 1);
            if (bytes / UserLayout.PageSize > PhysicalMemory.FreePages) return (long)Status.OutOfMemory;
            int owner = ProcessTable.OwnerNumber(process);
            ulong address = ProcessTable.Heap.Reserve(bytes, owner);
            if (address == 0) return (long)Status.OutOfMemory;
            if (process.HeapLow == 0 || address < process.HeapLow) process.HeapLow = address;
            if (address + bytes > process.HeapHigh) process.HeapHigh = address + bytes;
            return (long)address;
        }

        public static long UnmapHeap(ulong address, ulong bytes)
        {
            Process process = Scheduler.Current.Process;
            if (process == null) return (long)Status.InvalidSystemCall;
            if (bytes == 0 || bytes > MaximumMapping || (address & (UserLayout.PageSize - 1)) != 0) return (long)Status.BadAddress;
            int owner = ProcessTable.OwnerNumber(process);
            if (!ProcessTable.Heap.Release(address, bytes, owner)) return (long)Status.BadAddress;
            ulong granule = ProcessTable.Heap.Granule;
            ProcessMemory.UnmapHeapRange(process, address, (bytes + granule - 1) & ~(granule - 1));
            return (long)Status.Ok;
        }

        public static long ReleaseObject(ulong address, ulong bytes)
        {
            Process process = Scheduler.Current.Process;
            if (process == null) return (long)Status.InvalidSystemCall;
            if (address < 8 || (address & 7) != 0) return (long)Status.NotOwner;
            return (long)HeapPages.Release(ProcessTable.OwnerNumber(process), address - 8, bytes);
        }

        public static long GetMemoryInfo(ulong info)
        {
            if (UserMemory.CheckRange(info, (ulong)sizeof(MemoryInfo), forWriting: true) != Status.Ok) return (long)Status.BadAddress;
            MemoryInfo* result = (MemoryInfo*)info;
            result->TotalPages = PhysicalMemory.TotalPages;
            result->FreePages = PhysicalMemory.FreePages;
            Process process = Scheduler.Current.Process;
            result->ProcessPages = process != null ? process.Pages : 0;
            OwnerPages own = process != null ? HeapPages.PagesOf(ProcessTable.OwnerNumber(process)) : default;
            result->HeldPages = (ulong)own.Held;
            result->ForeignPages = (ulong)own.Foreign;
            result->DirtyHeldPages = (ulong)own.DirtyHeld;
            result->SharedOwnedPages = (ulong)own.Shared;
            LedgerTotals all = HeapPages.Totals;
            result->HeapPagesInUse = (ulong)all.InUse;
            result->SharedPages = (ulong)all.Shared;
            result->DirtyPages = (ulong)all.Dirty;
            return (long)Status.Ok;
        }
    }
}
