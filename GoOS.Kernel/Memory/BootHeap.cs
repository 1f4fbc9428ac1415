using GoOS.Kernel.Boot;
using GoOS.Kernel.Diagnostics;
using Internal.Runtime;

namespace GoOS.Kernel.Memory
{
    /// <summary>Gives the runtime's allocator the usable RAM above everything the boot left in
    /// memory (kernel image, multiboot information, symbol table). The physical page allocator
    /// replaces this with the kernel-core work.</summary>
    internal static unsafe class BootHeap
    {
        private const uint UsableRam = 1;

        public static ulong Start { get; private set; }
        public static ulong Size { get; private set; }

        public static void Initialize(MultibootInfo info)
        {
            ulong reservedEnd = KernelImage.PhysicalEnd;
            ulong infoEnd = info.PhysicalStart + info.TotalSize;
            if (infoEnd > reservedEnd) reservedEnd = infoEnd;
            if (KernelSymbols.HighestAddress > reservedEnd && KernelSymbols.HighestAddress < KernelLayout.KernelBase) reservedEnd = KernelSymbols.HighestAddress;
            reservedEnd = (reservedEnd + 4095) & ~4095UL;

            MemoryRegionEnumerator regions = info.MemoryRegions;
            while (regions.Next(out ulong start, out ulong length, out uint type))
            {
                if (type != UsableRam) continue;
                ulong end = start + length;
                if (end > KernelLayout.DirectMapSize) end = KernelLayout.DirectMapSize;
                if (start < reservedEnd) start = reservedEnd;
                if (end <= start || end - start <= Size) continue;
                Start = start;
                Size = end - start;
            }
            if (Size == 0) Panic.Stop("no usable memory for the kernel heap");
            Allocator.AddRegion(KernelLayout.PhysicalToVirtual(Start), Size);
        }
    }
}
