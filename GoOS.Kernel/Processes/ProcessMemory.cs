using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Memory;

namespace GoOS.Kernel.Processes
{
    /// <summary>Pages of a process's address space: mapping fresh zeroed pages, unmapping and
    /// freeing them, and keeping Process.Pages right. The space need not be the loaded one (its
    /// page tables and pages are reached through the direct map). Interrupts off.</summary>
    internal static unsafe class ProcessMemory
    {
        private const ulong PageSize = UserLayout.PageSize;

        /// <summary>Maps a fresh zeroed page at address; its contents are reachable through
        /// 'contents'. False (nothing mapped) when memory runs out.</summary>
        public static bool MapNewPage(Process process, ulong address, PageFlags flags, out byte* contents)
        {
            contents = null;
            if (PhysicalMemory.Allocate(out ulong physical) != MemoryStatus.Ok) return false;
            byte* page = (byte*)KernelLayout.PhysicalToVirtual(physical);
            Internal.Runtime.Memory.Zero(page, PageSize);
            if (KernelAddressSpace.Mapper.Map(process.AddressSpaceRoot, address, physical, flags | PageFlags.Present | PageFlags.User) != MemoryStatus.Ok)
            {
                PhysicalMemory.Free(physical);
                return false;
            }
            process.Pages++;
            contents = page;
            return true;
        }

        /// <summary>Maps a fresh zeroed page at the heap address page for process and gives it to
        /// the process in the page ledger (HeapPages), which frees its frame when nobody owns
        /// anything on it any more; mapped Borrowed, so no address-space teardown frees it. False
        /// (nothing mapped) when memory or the ledger runs out.</summary>
        public static bool MapNewHeapPage(Process process, ulong page)
        {
            if (!MapNewPage(process, page, PageFlags.Writable | PageFlags.NoExecute | PageFlags.Borrowed, out _)) return false;
            KernelAddressSpace.Mapper.Query(process.AddressSpaceRoot, page, out ulong frame, out _, out _);
            if (HeapPages.Given(ProcessTable.OwnerNumber(process), page, frame)) return true;
            KernelAddressSpace.Mapper.Unmap(process.AddressSpaceRoot, page, out _, out _, out _);
            PhysicalMemory.Free(frame);
            process.Pages--;
            return false;
        }

        /// <summary>Unmaps every page of the heap range [address, address + bytes) of process and
        /// gives each back in the page ledger, which frees the frames nobody else owns objects on.</summary>
        public static void UnmapHeapRange(Process process, ulong address, ulong bytes)
        {
            process.ForgetCheckedPages();
            int owner = ProcessTable.OwnerNumber(process);
            for (ulong offset = 0; offset < bytes; offset += PageSize)
            {
                if (KernelAddressSpace.Mapper.Unmap(process.AddressSpaceRoot, address + offset, out _, out _, out _) != MemoryStatus.Ok) continue;
                process.Pages--;
                HeapPages.GivenBack(owner, address + offset);
            }
        }

        /// <summary>Maps bytes (whole pages) of fresh zeroed memory at address; on failure unmaps
        /// what it mapped and returns false.</summary>
        public static bool MapNewRange(Process process, ulong address, ulong bytes, PageFlags flags)
        {
            for (ulong offset = 0; offset < bytes; offset += PageSize)
            {
                if (MapNewPage(process, address + offset, flags, out _)) continue;
                UnmapRange(process, address, offset);
                return false;
            }
            return true;
        }

        /// <summary>Unmaps every page of [address, address + bytes) and frees it; holes are skipped.</summary>
        public static void UnmapRange(Process process, ulong address, ulong bytes)
        {
            process.ForgetCheckedPages();
            for (ulong offset = 0; offset < bytes; offset += PageSize)
            {
                if (KernelAddressSpace.Mapper.Unmap(process.AddressSpaceRoot, address + offset, out ulong physical, out _, out _) != MemoryStatus.Ok) continue;
                PhysicalMemory.Free(physical);
                process.Pages--;
            }
        }

        /// <summary>Returns the whole lower half (every page and page table; heap pages are the
        /// ledger's, HeapPages.ProcessEnded) and forgets the space. The space must not be the
        /// loaded one.</summary>
        public static void DestroyAll(Process process)
        {
            if (process.AddressSpaceRoot == 0) return;
            process.ForgetCheckedPages();
            KernelAddressSpace.Mapper.DestroyAddressSpace(process.AddressSpaceRoot, freeMappedPages: true, out _, out _);
            process.AddressSpaceRoot = 0;
            process.Pages = 0;
        }
    }
}
