namespace GoOS.Kernel.Memory
{
    /// <summary>What the page mapper needs from the machine. The kernel passes the x86-64
    /// implementation (Arch/X64/PagingHardware.X64.cs); host tests pass page tables in arrays.</summary>
    internal unsafe interface IPagingHardware
    {
        /// <summary>Where the page-table page at physical address 'physical' can be read and written.</summary>
        ulong* Table(ulong physical);

        /// <summary>The physical address of the PML4 the CPU is using now.</summary>
        ulong ActiveRoot();

        /// <summary>Sets all 512 entries of a fresh table to zero.</summary>
        void ZeroTable(ulong* table);

        /// <summary>The index of the first non-zero entry of table[from..count), or count if none
        /// (a fast scan matters: tearing an address space down reads every entry).</summary>
        int NextNonZero(ulong* table, int from, int count);

        /// <summary>Drops the TLB entry (and cached table entries) for virtualAddress on this CPU.</summary>
        void InvalidatePage(ulong virtualAddress);
        /// <summary>Drops every non-global TLB entry on this CPU (cheaper than many InvalidatePage).</summary>
        void InvalidateAll();
    }
}
