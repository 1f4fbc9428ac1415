namespace GoOS.Kernel.Memory
{
    /// <summary>Outcome of a physical or virtual memory operation. Failures leave the state as it
    /// was before the call unless the method's contract says otherwise.</summary>
    internal enum MemoryStatus
    {
        Ok,
        /// <summary>No free page (or no free run of the size and alignment asked for).</summary>
        OutOfMemory,
        /// <summary>The page is RAM the allocator owns but it is already free.</summary>
        DoubleFree,
        /// <summary>The page is not RAM the allocator hands out (reserved, kernel image, absent).</summary>
        NotOwned,
        /// <summary>An address or size is not aligned as the operation needs.</summary>
        Misaligned,
        /// <summary>An argument is out of range: non-canonical address, zero size, bad flags.</summary>
        InvalidArgument,
        /// <summary>Something is already mapped where the mapping would go.</summary>
        AlreadyMapped,
        /// <summary>Nothing is mapped at the address.</summary>
        NotMapped,
        /// <summary>The operation would have to split a 2 MiB (or 1 GiB) page; splitting is refused.</summary>
        WouldSplitLargePage,
        /// <summary>The address space is in use (the active one, or the kernel's own).</summary>
        Busy,
    }
}
