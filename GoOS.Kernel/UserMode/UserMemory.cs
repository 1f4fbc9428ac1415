using GoOS.Abi;
using GoOS.Kernel.Memory;

namespace GoOS.Kernel.UserMode
{
    /// <summary>Checks the pointers system calls receive: a range is usable only if it lies in
    /// the user half, does not wrap, and every page of it is mapped present and user-accessible
    /// in the current address space (with write permission when the kernel will write); pages a
    /// process may have but has not touched yet are brought in first (DemandPaging). Nothing
    /// is touched before the whole range passed.</summary>
    internal static class UserMemory
    {
        /// <summary>Ok when the range passes, else BadAddress. The common case, a small buffer in
        /// one page of the process's checked-page cache, costs a few compares.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static Status CheckRange(ulong address, ulong length, bool forWriting)
        {
            const ulong PageMask = PageMapper<Arch.X64.PagingHardware>.PageSize - 1;
            Processes.Process process = Scheduling.Scheduler.Current.Process;
            if (length - 1 < PageMask && ((address ^ (address + length - 1)) & ~PageMask) == 0
                && process != null && process.IsCheckedPage(address & ~PageMask, forWriting)) return Status.Ok;
            return CheckPages(address, length, forWriting);
        }

        // The whole check, page by page (bringing in pages the process may have but has not touched).
        private static Status CheckPages(ulong address, ulong length, bool forWriting)
        {
            if (length == 0) return Status.Ok;
            ulong end = address + length;
            if (end < address || end > PageMapper<Arch.X64.PagingHardware>.UserHalfEnd) return Status.BadAddress;
            Processes.Process process = Scheduling.Scheduler.Current.Process;
            ulong root = 0;
            for (ulong page = address & ~(PageMapper<Arch.X64.PagingHardware>.PageSize - 1); page < end; page += PageMapper<Arch.X64.PagingHardware>.PageSize)
            {
                if (process != null && process.IsCheckedPage(page, forWriting)) continue;
                if (root == 0) root = Arch.X64.PagingHardware.ActiveRootNow();
                if (KernelAddressSpace.Mapper.Query(root, page, out _, out PageFlags flags, out _) != MemoryStatus.Ok)
                {
                    if (!Processes.DemandPaging.TryResolve(page)) return Status.BadAddress;
                    if (KernelAddressSpace.Mapper.Query(root, page, out _, out flags, out _) != MemoryStatus.Ok) return Status.BadAddress;
                }
                if ((flags & (PageFlags.Present | PageFlags.User)) != (PageFlags.Present | PageFlags.User)) return Status.BadAddress;
                if (forWriting && (flags & PageFlags.Writable) == 0) return Status.BadAddress;
                process?.RememberCheckedPage(page, (flags & PageFlags.Writable) != 0);
            }
            return Status.Ok;
        }
    }
}
