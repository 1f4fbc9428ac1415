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

        /// <summary>Returns the whole lower half (every page and page table) and forgets the space.
        /// The space must not be the loaded one.</summary>
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
