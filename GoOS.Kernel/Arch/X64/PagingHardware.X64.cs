using System.Runtime;
using System.Runtime.CompilerServices;
using GoOS.Kernel.Memory;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The x86-64 side of the page mapper (Paging.asm): page-table pages are reached
    /// through the direct map, the loaded PML4 is in CR3, invlpg drops one TLB entry.</summary>
    internal unsafe struct PagingHardware : IPagingHardware
    {
        private const ulong Cr3AddressMask = 0x000FFFFFFFFFF000;

        [RuntimeImport("goos_read_cr3"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong ReadCr3();

        [RuntimeImport("goos_write_cr3"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void WriteCr3(ulong root);

        [RuntimeImport("goos_invlpg"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void Invlpg(ulong virtualAddress);

        [RuntimeImport("goos_enable_global_pages"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void EnableGlobalPagesInstruction();

        [RuntimeImport("goos_next_nonzero"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NextNonZeroInstruction(ulong* table, int from, int count);

        public ulong* Table(ulong physical) => (ulong*)KernelLayout.PhysicalToVirtual(physical);

        public void ZeroTable(ulong* table) => Internal.Runtime.Memory.Zero(table, 4096);

        public int NextNonZero(ulong* table, int from, int count) => from >= count ? count : NextNonZeroInstruction(table, from, count);

        public ulong ActiveRoot() => ReadCr3() & Cr3AddressMask;

        /// <summary>The PML4 the CPU uses now.</summary>
        public static ulong ActiveRootNow() => ReadCr3() & Cr3AddressMask;

        public void InvalidatePage(ulong virtualAddress) => Invlpg(virtualAddress);

        public void InvalidateAll() => WriteCr3(ReadCr3());

        /// <summary>Makes the CPU use the address space whose PML4 is at root. The kernel half
        /// must map the code and stack running now.</summary>
        public static void Load(ulong root) => WriteCr3(root);

        /// <summary>Lets Global entries survive address-space switches; flushes the whole TLB.</summary>
        public static void EnableGlobalPages() => EnableGlobalPagesInstruction();
    }
}
