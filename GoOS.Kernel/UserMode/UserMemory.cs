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
        public static Status CheckRange(ulong address, ulong length, bool forWriting)
        {
            if (length == 0) return Status.Ok;
            ulong end = address + length;
            if (end < address || end > PageMapper<Arch.X64.PagingHardware>.UserHalfEnd) return Status.BadAddress;
            Processes.Process process = Scheduling.Scheduler.Current.Process;
            const ulong PageMask = PageMapper<Arch.X64.PagingHardware>.PageSize - 1;
            // The common case: a small buffer in a page checked a moment ago.
            if (process != null && ((address ^ (end - 1)) & ~PageMask) == 0 && process.IsCheckedPage(address & ~PageMask, forWriting)) return Status.Ok;
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
