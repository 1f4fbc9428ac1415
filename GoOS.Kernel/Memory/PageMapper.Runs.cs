namespace GoOS.Kernel.Memory
{
    internal unsafe partial struct PageMapper<TArch>
    {
        /// <summary>Runs longer than this are invalidated by flushing the whole TLB.</summary>
        private const ulong MostPagesInvalidatedOneByOne = 16;

        /// <summary>Makes the 4 KiB pages [address, +pages × PageSize) of the space sourceRoot
        /// visible in the space targetRoot too: each leaf entry present in the source and absent
        /// in the target is copied (same frame, same flags), walking the tables once per 2 MiB,
        /// so a run costs a few instructions a page. 'added' counts the entries copied, 'missing'
        /// the pages the source does not map (the caller maps those another way). Both spaces are
        /// user halves; the run must not touch 2 MiB pages (heap ranges never hold them).
        /// OutOfMemory when a table page for the target cannot be had (entries copied so far stay).</summary>
        public MemoryStatus ShareRun(ulong sourceRoot, ulong targetRoot, ulong address, ulong pages, out ulong added, out ulong missing)
        {
            added = missing = 0;
            if ((address & (PageSize - 1)) != 0) return MemoryStatus.Misaligned;
            if (!IsUserHalf(address) || pages > (UserHalfEnd - address) / PageSize) return MemoryStatus.InvalidArgument;
            ulong done = 0;
            while (done < pages)
            {
                ulong virtualAddress = address + done * PageSize;
                int first = IndexAt(virtualAddress, 1);
                ulong count = (ulong)(EntriesPerTable - first);
                if (count > pages - done) count = pages - done;
                ulong* source = LeafTable(sourceRoot, virtualAddress, create: false, out _);
                if (source == null)
                {
                    missing += count;
                    done += count;
                    continue;
                }
                ulong* target = LeafTable(targetRoot, virtualAddress, create: true, out MemoryStatus status);
                if (target == null) return status;
                for (int i = first; i < first + (int)count; i++)
                {
                    ulong entry = source[i];
                    if ((entry & Present) == 0) missing++;
                    else if ((target[i] & Present) == 0)
                    {
                        target[i] = entry;
                        added++;
                    }
                }
                done += count;
            }
            return MemoryStatus.Ok;
        }

        /// <summary>Clears the leaf entries of the 4 KiB pages [address, +pages × PageSize) in the
        /// space root and returns how many were present; frames are not freed (they are someone's
        /// to free). With freeEmptyTables, table pages left empty are freed too (never the PML4);
        /// without, they stay for the next mapping there (the space's end frees them).
        /// Invalidates what the TLB may hold of them.</summary>
        public ulong ClearRun(ulong root, ulong address, ulong pages, bool freeEmptyTables)
        {
            if ((address & (PageSize - 1)) != 0 || !IsUserHalf(address) || pages > (UserHalfEnd - address) / PageSize) return 0;
            ulong cleared = 0, done = 0;
            while (done < pages)
            {
                ulong virtualAddress = address + done * PageSize;
                int first = IndexAt(virtualAddress, 1);
                ulong count = (ulong)(EntriesPerTable - first);
                if (count > pages - done) count = pages - done;
                ulong* table = LeafTable(root, virtualAddress, create: false, out _);
                ulong clearedHere = 0;
                if (table != null)
                    for (int i = first; i < first + (int)count; i++)
                    {
                        if ((table[i] & Present) == 0) continue;
                        table[i] = 0;
                        clearedHere++;
                    }
                if (clearedHere != 0 && freeEmptyTables) FreeEmptyTables(root, virtualAddress);
                cleared += clearedHere;
                done += count;
            }
            if (cleared == 0 || root != _hardware.ActiveRoot()) return cleared;
            if (pages > MostPagesInvalidatedOneByOne) _hardware.InvalidateAll();
            else for (ulong i = 0; i < pages; i++) _hardware.InvalidatePage(address + i * PageSize);
            return cleared;
        }

        // Frees the page table covering virtualAddress if it is empty, then its parents while
        // they are empty in turn (a user-half address: the PML4 stays).
        private void FreeEmptyTables(ulong root, ulong virtualAddress)
        {
            ulong** path = stackalloc ulong*[5];
            if (FindLeaf(root, virtualAddress, path, out int level) == MemoryStatus.Ok || level > 1) return;
            for (int parent = 2; parent <= 4; parent++)
            {
                ulong table = *path[parent] & AddressMask;
                if (_hardware.NextNonZero(_hardware.Table(table), 0, EntriesPerTable) != EntriesPerTable) return;
                *path[parent] = 0;
                _frames->Free(table);
            }
        }

        // The page table (level 1) covering virtualAddress in the space root; with create, made
        // (with the tables above it) when absent. Null when absent, when a 2 MiB page is in the
        // way, or (create) when no table page can be had (status says which).
        private ulong* LeafTable(ulong root, ulong virtualAddress, bool create, out MemoryStatus status)
        {
            status = MemoryStatus.Ok;
            ulong* table = _hardware.Table(root);
            for (int level = 4; level > 1; level--)
            {
                ulong* entry = table + IndexAt(virtualAddress, level);
                if ((*entry & Present) == 0)
                {
                    if (!create) return null;
                    status = AllocateTable(out ulong fresh);
                    if (status != MemoryStatus.Ok) return null;
                    *entry = fresh | Present | (ulong)PageFlags.Writable | (ulong)PageFlags.User;
                }
                else if ((*entry & LargePageBit) != 0)
                {
                    status = MemoryStatus.AlreadyMapped;
                    return null;
                }
                table = _hardware.Table(*entry & AddressMask);
            }
            return table;
        }
    }
}
