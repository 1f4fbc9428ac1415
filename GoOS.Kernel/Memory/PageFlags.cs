using System;

namespace GoOS.Kernel.Memory
{
    /// <summary>Permissions of a mapping. The values are the x86-64 page-table entry bits, so the
    /// mapper stores them as they are.</summary>
    [Flags]
    internal enum PageFlags : ulong
    {
        None = 0,
        Present = 1UL << 0,
        Writable = 1UL << 1,
        User = 1UL << 2,
        WriteThrough = 1UL << 3,
        CacheDisable = 1UL << 4,
        /// <summary>Kept in the TLB across address-space switches (kernel half only).</summary>
        Global = 1UL << 8,
        /// <summary>Software bit: the page belongs to something else (a program image's read-only
        /// pages, shared by every process of that program); the address space never frees it.</summary>
        Borrowed = 1UL << 9,
        NoExecute = 1UL << 63,
    }
}
