namespace GoOS.Kernel.Memory
{
    internal unsafe partial struct PageMapper<TArch>
    {
        /// <summary>Makes the kernel's PML4 with a PDPT behind each of the 256 kernel-half entries,
        /// so that every kernel mapping made later lands in a table all address spaces share.
        /// Called once at boot; on failure every page taken is returned.</summary>
        public MemoryStatus CreateKernelSpace(out ulong root)
        {
            MemoryStatus status = AllocateTable(out root);
            if (status != MemoryStatus.Ok) return status;
            ulong* pml4 = _hardware.Table(root);
            for (int i = KernelHalfFirstEntry; i < EntriesPerTable; i++)
            {
                status = AllocateTable(out ulong pdpt);
                if (status != MemoryStatus.Ok)
                {
                    FreeKernelHalf(pml4);
                    _frames->Free(root);
                    root = 0;
                    return status;
                }
                pml4[i] = pdpt | Present | (ulong)PageFlags.Writable;
            }
            _kernelRoot = root;
            return MemoryStatus.Ok;
        }

        /// <summary>A new address space: a fresh PML4 whose lower half is empty and whose upper
        /// half points at the kernel's own PDPTs. Needs CreateKernelSpace first.</summary>
        public MemoryStatus CreateAddressSpace(out ulong root)
        {
            root = 0;
            if (_kernelRoot == 0) return MemoryStatus.InvalidArgument;
            MemoryStatus status = AllocateTable(out root);
            if (status != MemoryStatus.Ok) return status;
            ulong* kernel = _hardware.Table(_kernelRoot);
            ulong* pml4 = _hardware.Table(root);
            for (int i = KernelHalfFirstEntry; i < EntriesPerTable; i++) pml4[i] = kernel[i];
            return MemoryStatus.Ok;
        }

        /// <summary>Returns every page-table page of the address space's lower half and its PML4
        /// (not the pages mapped there: their owner frees them). Busy for the kernel's space and
        /// for the loaded one; the kernel half is left alone.</summary>
        public MemoryStatus DestroyAddressSpace(ulong root, out int freedTables)
            => DestroyAddressSpace(root, freeMappedPages: false, out freedTables, out _);

        /// <summary>DestroyAddressSpace that also frees every 4 KiB page mapped in the lower half
        /// when freeMappedPages (the space was their only owner), counting them in freedPages;
        /// pages mapped Borrowed are left to their owner.</summary>
        public MemoryStatus DestroyAddressSpace(ulong root, bool freeMappedPages, out int freedTables, out ulong freedPages)
        {
            freedTables = 0;
            freedPages = 0;
            if (root == _kernelRoot || root == _hardware.ActiveRoot()) return MemoryStatus.Busy;
            ulong* pml4 = _hardware.Table(root);
            MemoryStatus status = MemoryStatus.Ok;
            for (int i = _hardware.NextNonZero(pml4, 0, KernelHalfFirstEntry); i < KernelHalfFirstEntry; i = _hardware.NextNonZero(pml4, i + 1, KernelHalfFirstEntry))
            {
                if ((pml4[i] & Present) == 0) continue;
                FreeTree(pml4[i] & AddressMask, 3, freeMappedPages, ref freedTables, ref freedPages, ref status);
                pml4[i] = 0;
            }
            FreeTable(root, ref freedTables, ref status);
            return status;
        }

        // Frees the table at 'table' (at 'level': 3 = PDPT, 2 = PD, 1 = PT) and the tables below
        // it, and with freePages the 4 KiB pages its page tables map.
        private void FreeTree(ulong table, int level, bool freePages, ref int freedTables, ref ulong freedPages, ref MemoryStatus status)
        {
            ulong* entries = _hardware.Table(table);
            for (int i = _hardware.NextNonZero(entries, 0, EntriesPerTable); i < EntriesPerTable; i = _hardware.NextNonZero(entries, i + 1, EntriesPerTable))
            {
                ulong entry = entries[i];
                if ((entry & Present) == 0) continue;
                if (level == 1)
                {
                    if (!freePages || (entry & (ulong)PageFlags.Borrowed) != 0) continue;
                    MemoryStatus freed = _frames->Free(entry & AddressMask);
                    if (freed == MemoryStatus.Ok) freedPages++;
                    else status = freed;
                }
                else if ((entry & LargePageBit) == 0)
                    FreeTree(entry & AddressMask, level - 1, freePages, ref freedTables, ref freedPages, ref status);
            }
            FreeTable(table, ref freedTables, ref status);
        }

        private void FreeTable(ulong table, ref int freedTables, ref MemoryStatus status)
        {
            MemoryStatus freed = _frames->Free(table);
            if (freed == MemoryStatus.Ok) freedTables++;
            else status = freed;
        }

        private void FreeKernelHalf(ulong* pml4)
        {
            for (int i = KernelHalfFirstEntry; i < EntriesPerTable; i++)
            {
                if ((pml4[i] & Present) != 0) _frames->Free(pml4[i] & AddressMask);
                pml4[i] = 0;
            }
        }
    }
}
