namespace GoOS.Kernel
{
    /// <summary>Where things are in the kernel's address space. Must agree with Arch/X64/Boot.asm
    /// and Arch/X64/kernel.ld.</summary>
    internal static unsafe class KernelLayout
    {
        /// <summary>Physical memory below 4 GiB is mapped at this address.</summary>
        public const ulong DirectMapBase = 0xFFFF800000000000;
        public const ulong DirectMapSize = 4UL << 30;

        /// <summary>The kernel image: virtual = KernelBase + physical.</summary>
        public const ulong KernelBase = 0xFFFFFFFF80000000;

        public static void* PhysicalToVirtual(ulong physical) => (void*)(DirectMapBase + physical);

        public static ulong KernelVirtualToPhysical(void* address) => (ulong)address - KernelBase;
    }
}
