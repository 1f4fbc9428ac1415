namespace GoOS.Kernel.Memory
{
    /// <summary>Maps virtual to physical pages in x86-64 four-level page tables: 4 KiB pages and
    /// 2 MiB pages; a 2 MiB page is never split (mapping or unmapping inside one is refused).
    /// The lower half (PML4 entries 0-255) belongs to one address space, the upper half (256-511)
    /// is the kernel's and shared by all. Table pages come from, and return to, the page frame
    /// allocator. Not thread-safe: the caller serializes calls (the kernel runs them with
    /// interrupts off on one CPU); on several CPUs unmapping would need a TLB shootdown.</summary>
    internal unsafe partial struct PageMapper<TArch> where TArch : struct, IPagingHardware
    {
        public const ulong PageSize = 4096;
        public const ulong LargePageSize = 2UL << 20;
        public const int EntriesPerTable = 512;
        public const int KernelHalfFirstEntry = 256;
        public const ulong UserHalfEnd = 0x0000800000000000;

        private const ulong AddressMask = 0x000FFFFFFFFFF000;
        private const ulong LargePageBit = 1UL << 7;
        private const ulong AllowedFlags = (ulong)(PageFlags.Present | PageFlags.Writable | PageFlags.User
            | PageFlags.WriteThrough | PageFlags.CacheDisable | PageFlags.Global | PageFlags.Borrowed | PageFlags.NoExecute);
        private const ulong Present = (ulong)PageFlags.Present;

        private TArch _hardware;
        private PageFrameAllocator* _frames;
        private ulong _kernelRoot;          // set once by CreateKernelSpace

        public PageMapper(TArch hardware, PageFrameAllocator* frames)
        {
            _hardware = hardware;
            _frames = frames;
            _kernelRoot = 0;
        }

        /// <summary>The PML4 made by CreateKernelSpace (0 before).</summary>
        public ulong KernelRoot => _kernelRoot;

        /// <summary>Maps the 4 KiB page at virtualAddress to physical in the address space whose
        /// PML4 is at root, allocating table pages as needed. AlreadyMapped if anything (even a
        /// 2 MiB page) covers the address.</summary>
        public MemoryStatus Map(ulong root, ulong virtualAddress, ulong physical, PageFlags flags)
            => MapPage(root, virtualAddress, physical, flags, 1);

        /// <summary>Maps a 2 MiB page; both addresses must be 2 MiB-aligned. AlreadyMapped if a
        /// page or a page table is in the way.</summary>
        public MemoryStatus MapLarge(ulong root, ulong virtualAddress, ulong physical, PageFlags flags)
            => MapPage(root, virtualAddress, physical, flags, 2);

        /// <summary>Maps [virtualAddress, +length) to [physical, +length), with 2 MiB pages where
        /// both sides are aligned and 4 KiB pages elsewhere. On failure, what this call mapped is
        /// unmapped again.</summary>
        public MemoryStatus MapRange(ulong root, ulong virtualAddress, ulong physical, ulong length, PageFlags flags)
        {
            if (((virtualAddress | physical | length) & (PageSize - 1)) != 0) return MemoryStatus.Misaligned;
            ulong done = 0;
            while (done < length)
            {
                ulong v = virtualAddress + done, p = physical + done;
                bool large = ((v | p) & (LargePageSize - 1)) == 0 && length - done >= LargePageSize;
                MemoryStatus status = large ? MapLarge(root, v, p, flags) : Map(root, v, p, flags);
                if (status != MemoryStatus.Ok)
                {
                    UnmapRange(root, virtualAddress, done, out _);
                    return status;
                }
                done += large ? LargePageSize : PageSize;
            }
            return MemoryStatus.Ok;
        }

        /// <summary>Removes the page (4 KiB or 2 MiB) that starts at virtualAddress and frees the
        /// table pages left empty (never the PML4, never a kernel-half PDPT). Reports the page's
        /// physical address and size and how many table pages went back to the allocator.</summary>
        public MemoryStatus Unmap(ulong root, ulong virtualAddress, out ulong physical, out ulong pageSize, out int freedTables)
        {
            physical = pageSize = 0;
            freedTables = 0;
            if (!IsCanonical(virtualAddress)) return MemoryStatus.InvalidArgument;
            ulong** path = stackalloc ulong*[5];
            MemoryStatus status = FindLeaf(root, virtualAddress, path, out int level);
            if (status != MemoryStatus.Ok) return status;
            pageSize = SizeAt(level);
            if ((virtualAddress & (pageSize - 1)) != 0)
                return level == 1 ? MemoryStatus.Misaligned : MemoryStatus.WouldSplitLargePage;

            physical = *path[level] & AddressMask & ~(pageSize - 1);
            *path[level] = 0;
            ulong* emptied = stackalloc ulong[3];
            for (int parent = level + 1; parent <= 4; parent++)
            {
                if (parent == 4 && !IsUserHalf(virtualAddress)) break;
                ulong table = *path[parent] & AddressMask;
                if (!IsEmpty(_hardware.Table(table))) break;
                *path[parent] = 0;
                emptied[freedTables++] = table;
            }
            Invalidate(root, virtualAddress);
            for (int i = 0; i < freedTables; i++)
            {
                MemoryStatus freed = _frames->Free(emptied[i]);
                if (freed != MemoryStatus.Ok) status = freed;
            }
            return status;
        }

        /// <summary>Unmaps every page that starts in [virtualAddress, +length), skipping holes.
        /// Stops at the first page it may not unmap (a 2 MiB page straddling the range's start).</summary>
        public MemoryStatus UnmapRange(ulong root, ulong virtualAddress, ulong length, out int freedTables)
        {
            freedTables = 0;
            ulong offset = 0;
            while (offset < length)
            {
                MemoryStatus status = Unmap(root, virtualAddress + offset, out _, out ulong size, out int freed);
                freedTables += freed;
                if (status == MemoryStatus.NotMapped) size = PageSize;
                else if (status != MemoryStatus.Ok) return status;
                offset += size;
            }
            return MemoryStatus.Ok;
        }

        /// <summary>Translates virtualAddress: the physical address it reaches, the size of the page
        /// holding it, and the effective permissions (writable and user only if every level allows
        /// it, no-execute if any level forbids execution; Global and caching from the leaf).</summary>
        public MemoryStatus Query(ulong root, ulong virtualAddress, out ulong physical, out PageFlags flags, out ulong pageSize)
        {
            physical = pageSize = 0;
            flags = PageFlags.None;
            if (!IsCanonical(virtualAddress)) return MemoryStatus.InvalidArgument;
            ulong** path = stackalloc ulong*[5];
            MemoryStatus status = FindLeaf(root, virtualAddress, path, out int level);
            if (status != MemoryStatus.Ok) return status;

            const ulong Narrowing = (ulong)(PageFlags.Writable | PageFlags.User);
            const ulong LeafOnly = (ulong)(PageFlags.Global | PageFlags.WriteThrough | PageFlags.CacheDisable);
            ulong effective = Present | Narrowing;
            for (int i = 4; i >= level; i--)
            {
                effective &= *path[i] | ~Narrowing;
                effective |= *path[i] & (ulong)PageFlags.NoExecute;
            }
            effective |= *path[level] & LeafOnly;
            pageSize = SizeAt(level);
            physical = (*path[level] & AddressMask & ~(pageSize - 1)) + (virtualAddress & (pageSize - 1));
            flags = (PageFlags)effective;
            return MemoryStatus.Ok;
        }

        private MemoryStatus MapPage(ulong root, ulong virtualAddress, ulong physical, PageFlags flags, int level)
        {
            ulong size = SizeAt(level);
            if (((virtualAddress | physical) & (size - 1)) != 0) return MemoryStatus.Misaligned;
            if (!IsCanonical(virtualAddress) || (physical & ~AddressMask) != 0) return MemoryStatus.InvalidArgument;
            ulong bits = (ulong)flags | Present;
            if ((bits & ~AllowedFlags) != 0) return MemoryStatus.InvalidArgument;
            bool user = IsUserHalf(virtualAddress);
            // A user page in the kernel half would open the kernel; a global one in the user
            // half would outlive address-space switches.
            if (!user && (bits & (ulong)PageFlags.User) != 0) return MemoryStatus.InvalidArgument;
            if (user && (bits & (ulong)PageFlags.Global) != 0) return MemoryStatus.InvalidArgument;

            ulong* table = _hardware.Table(root);
            for (int current = 4; current > level; current--)
            {
                ulong* entry = table + IndexAt(virtualAddress, current);
                if ((*entry & Present) == 0)
                {
                    MemoryStatus status = AllocateTable(out ulong fresh);
                    if (status != MemoryStatus.Ok) return status;
                    *entry = fresh | Present | (ulong)PageFlags.Writable | (user ? (ulong)PageFlags.User : 0);
                }
                else if ((*entry & LargePageBit) != 0) return MemoryStatus.AlreadyMapped;
                table = _hardware.Table(*entry & AddressMask);
            }
            ulong* leaf = table + IndexAt(virtualAddress, level);
            if ((*leaf & Present) != 0) return MemoryStatus.AlreadyMapped;
            // The entry was not present, so no TLB holds it: nothing to invalidate.
            *leaf = physical | bits | (level > 1 ? LargePageBit : 0);
            return MemoryStatus.Ok;
        }

        // Walks to the entry that maps virtualAddress; path[4..level] receive the entries passed
        // (path[4] in the PML4). NotMapped if a level is not present.
        private MemoryStatus FindLeaf(ulong root, ulong virtualAddress, ulong** path, out int level)
        {
            ulong* table = _hardware.Table(root);
            for (level = 4; level >= 1; level--)
            {
                ulong* entry = table + IndexAt(virtualAddress, level);
                path[level] = entry;
                if ((*entry & Present) == 0) return MemoryStatus.NotMapped;
                if (level == 1 || (level <= 3 && (*entry & LargePageBit) != 0)) return MemoryStatus.Ok;
                table = _hardware.Table(*entry & AddressMask);
            }
            return MemoryStatus.NotMapped;
        }

        // A zeroed page for a page table.
        private MemoryStatus AllocateTable(out ulong physical)
        {
            MemoryStatus status = _frames->Allocate(out physical);
            if (status != MemoryStatus.Ok) return status;
            _hardware.ZeroTable(_hardware.Table(physical));
            return MemoryStatus.Ok;
        }

        // Changes to the kernel half are visible in every address space; others only matter
        // when the space is the one loaded.
        private void Invalidate(ulong root, ulong virtualAddress)
        {
            if (!IsUserHalf(virtualAddress) || root == _hardware.ActiveRoot()) _hardware.InvalidatePage(virtualAddress);
        }

        private static bool IsEmpty(ulong* table)
        {
            for (int i = 0; i < EntriesPerTable; i++)
                if (table[i] != 0) return false;
            return true;
        }

        private static int IndexAt(ulong virtualAddress, int level) => (int)((virtualAddress >> (3 + 9 * level)) & 511);

        private static ulong SizeAt(int level) => 1UL << (3 + 9 * level);

        public static bool IsUserHalf(ulong virtualAddress) => virtualAddress < UserHalfEnd;

        public static bool IsCanonical(ulong virtualAddress)
        {
            long upper = (long)virtualAddress >> 47;
            return upper == 0 || upper == -1;
        }
    }
}
