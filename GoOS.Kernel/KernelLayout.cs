namespace GoOS.Kernel
{
    /// <summary>Where things are in the kernel's address space. Must agree with Arch/X64/Boot.asm
    /// and Arch/X64/kernel.ld.</summary>
    internal static unsafe class KernelLayout
    {
        /// <summary>Physical memory is mapped at this address: 0..4 GiB by Boot.asm, then all of
        /// RAM and at least 0..4 GiB (for MMIO) by KernelAddressSpace.</summary>
        public const ulong DirectMapBase = 0xFFFF800000000000;
        public const ulong BootDirectMapSize = 4UL << 30;

        /// <summary>RAM above this is not used: the direct map has one PML4 entry (512 GiB).</summary>
        public const ulong DirectMapLimit = 512UL << 30;

        /// <summary>The kernel image: virtual = KernelBase + physical.</summary>
        public const ulong KernelBase = 0xFFFFFFFF80000000;

        /// <summary>Kernel thread stacks, each in a slot with an unmapped guard page below it.</summary>
        public const ulong KernelStacksBase = 0xFFFFC00000000000;

        public static void* PhysicalToVirtual(ulong physical) => (void*)(DirectMapBase + physical);

        public static ulong KernelVirtualToPhysical(void* address) => (ulong)address - KernelBase;
    }
}
