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

        /// <summary>Drops the TLB entry (and cached table entries) for virtualAddress on this CPU.</summary>
        void InvalidatePage(ulong virtualAddress);
    }
}
