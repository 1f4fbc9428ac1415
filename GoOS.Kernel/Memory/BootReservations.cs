using GoOS.Kernel.Boot;

namespace GoOS.Kernel.Memory
{
    /// <summary>The physical ranges the boot left in use, which the page allocator must never hand
    /// out: page 0, the kernel image (boot page tables and stack included), the multiboot
    /// information, the sections GRUB loaded outside the image (symbol and string tables),
    /// GRUB's modules, and every memory-map entry that is not usable RAM.</summary>
    internal static unsafe class BootReservations
    {
        private const uint UsableRam = 1;

        /// <summary>Writes the reserved ranges to ranges[0..capacity) and returns how many there
        /// are, or -1 if they do not fit. Allocates nothing (runs before the heap exists).</summary>
        public static int Collect(MultibootInfo info, PhysicalRange* ranges, int capacity)
        {
            int count = 0;
            if (!Add(ranges, capacity, ref count, 0, PageFrameAllocator.PageSize)) return -1;
            if (!Add(ranges, capacity, ref count, KernelImage.PhysicalStart, KernelImage.PhysicalEnd)) return -1;
            if (!Add(ranges, capacity, ref count, info.PhysicalStart, info.PhysicalStart + info.TotalSize)) return -1;

            byte* sections = info.ElfSections(out uint sectionCount, out uint entrySize);
            for (uint i = 0; sections != null && i < sectionCount; i++)
            {
                byte* header = sections + i * entrySize;
                ulong address = *(ulong*)(header + 16);
                ulong size = *(ulong*)(header + 32);
                // Allocated sections are inside the image; GRUB put the others at physical addresses.
                if (address == 0 || size == 0 || address >= KernelLayout.KernelBase) continue;
                if (!Add(ranges, capacity, ref count, address, address + size)) return -1;
            }

            ModuleEnumerator modules = info.Modules;
            while (modules.Next(out ulong start, out ulong end))
                if (!Add(ranges, capacity, ref count, start, end)) return -1;

            MemoryRegionEnumerator regions = info.MemoryRegions;
            while (regions.Next(out ulong regionBase, out ulong length, out uint type))
                if (type != UsableRam && !Add(ranges, capacity, ref count, regionBase, regionBase + length)) return -1;
            return count;
        }

        /// <summary>Writes the usable RAM entries of the memory map to ranges; -1 if they do not fit.</summary>
        public static int CollectUsable(MultibootInfo info, PhysicalRange* ranges, int capacity)
        {
            int count = 0;
            MemoryRegionEnumerator regions = info.MemoryRegions;
            while (regions.Next(out ulong regionBase, out ulong length, out uint type))
                if (type == UsableRam && !Add(ranges, capacity, ref count, regionBase, regionBase + length)) return -1;
            return count;
        }

        private static bool Add(PhysicalRange* ranges, int capacity, ref int count, ulong start, ulong end)
        {
            if (end <= start) return true;
            if (count == capacity) return false;
            ranges[count++] = new PhysicalRange(start, end);
            return true;
        }
    }
}
