using GoOS.Kernel.Diagnostics;
using Internal.Runtime;

namespace GoOS.Kernel.Memory
{
    /// <summary>The runtime allocator's memory: one physically contiguous run from the page
    /// allocator, reached through the direct map. A quarter of RAM, at most MaximumSize.</summary>
    internal static unsafe class KernelHeap
    {
        public const ulong MaximumSize = 256UL << 20;
        private const ulong Alignment = 2UL << 20;

        // Written once at boot, before interrupts exist.
        public static ulong PhysicalStart { get; private set; }
        public static ulong Size { get; private set; }

        public static ulong PageCount => Size / PageFrameAllocator.PageSize;

        /// <summary>Takes the heap's pages and hands them to the runtime. Called once by Kernel.Boot
        /// after PhysicalMemory and before the first allocation; stops the machine on failure.</summary>
        public static void Initialize()
        {
            ulong pages = PhysicalMemory.TotalPages / 4;
            if (pages > MaximumSize / PageFrameAllocator.PageSize) pages = MaximumSize / PageFrameAllocator.PageSize;
            MemoryStatus status = PhysicalMemory.AllocateRun(pages, Alignment, out ulong start);
            if (status != MemoryStatus.Ok) status = PhysicalMemory.AllocateRun(pages, PageFrameAllocator.PageSize, out start);
            if (status != MemoryStatus.Ok || pages == 0) Panic.Stop("no contiguous memory for the kernel heap");
            // Used before KernelAddressSpace maps all RAM: it must be inside Boot.asm's direct map.
            if (start + pages * PageFrameAllocator.PageSize > KernelLayout.BootDirectMapSize) Panic.Stop("kernel heap above the boot direct map");
            PhysicalStart = start;
            Size = pages * PageFrameAllocator.PageSize;
            Allocator.AddRegion(KernelLayout.PhysicalToVirtual(start), Size);
        }
    }
}
