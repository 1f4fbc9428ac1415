using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Diagnostics;

namespace GoOS.Kernel.Memory
{
    /// <summary>The kernel's own address space, built at boot to replace Boot.asm's tables:
    ///   DirectMapBase + p   all RAM and at least 0..4 GiB (MMIO: LAPIC, VGA), 2 MiB pages, NX
    ///   KernelBase + p      the image: text read+execute, rodata read-only NX, data/bss and the
    ///                       boot stack read-write NX, the page below the stack unmapped
    /// The whole lower half (page 0 included) is unmapped. Every address space shares its upper
    /// half. All entries are Global. Callers run with interrupts off on one CPU.</summary>
    internal static unsafe class KernelAddressSpace
    {
        private const ulong OneGiB = 1UL << 30;
        private const PageFlags KernelData = PageFlags.Writable | PageFlags.NoExecute | PageFlags.Global;

        // Guarded by: interrupts off (single CPU).
        private static PageMapper<PagingHardware> s_mapper;
        private static ulong s_root;

        /// <summary>Physical address of the kernel's PML4.</summary>
        public static ulong Root => s_root;

        /// <summary>Bytes of physical memory the direct map covers.</summary>
        public static ulong DirectMapSize { get; private set; }

        /// <summary>Page-table pages the kernel's space took (PML4, the 256 shared PDPTs, the rest).</summary>
        public static ulong TablePages { get; private set; }

        /// <summary>TSC ticks spent building and loading the space.</summary>
        public static ulong BuildTicks { get; private set; }

        /// <summary>The mapper over the live page tables, for address spaces of processes.</summary>
        public static ref PageMapper<PagingHardware> Mapper => ref s_mapper;

        /// <summary>Builds the kernel's address space and loads it. Called once by Kernel.Boot, after
        /// PhysicalMemory; stops the machine if page tables cannot be had.</summary>
        public static void Initialize()
        {
            ulong startTicks = Cpu.ReadTimeStampCounter();
            ulong freeBefore = PhysicalMemory.FreePages;
            s_mapper = new PageMapper<PagingHardware>(default, PhysicalMemory.Frames);
            Check(s_mapper.CreateKernelSpace(out s_root), "kernel PML4");

            DirectMapSize = (PhysicalMemory.PhysicalEnd + OneGiB - 1) & ~(OneGiB - 1);
            if (DirectMapSize < KernelLayout.BootDirectMapSize) DirectMapSize = KernelLayout.BootDirectMapSize;
            Check(s_mapper.MapRange(s_root, KernelLayout.DirectMapBase, 0, DirectMapSize, KernelData), "direct map");

            KernelSections image = KernelImage.Sections;
            MapImage(image.TextStart, image.ReadOnlyStart, PageFlags.Global, "kernel text");
            MapImage(image.ReadOnlyStart, image.DataStart, PageFlags.NoExecute | PageFlags.Global, "kernel rodata");
            MapImage(image.DataStart, image.StackGuard, KernelData, "kernel data");
            MapImage(image.StackGuard + PageFrameAllocator.PageSize, image.End, KernelData, "boot stack");

            PagingHardware.Load(s_root);
            PagingHardware.EnableGlobalPages();
            TablePages = freeBefore - PhysicalMemory.FreePages;
            BuildTicks = Cpu.ReadTimeStampCounter() - startTicks;
        }

        /// <summary>Page-table pages the kernel half uses now (the PML4 and every table below its
        /// entries 256-511), counted by walking the live tables.</summary>
        public static ulong CountTablePages()
        {
            ulong count = 1;
            ulong* pml4 = (ulong*)KernelLayout.PhysicalToVirtual(s_root);
            for (int i = PageMapper<PagingHardware>.KernelHalfFirstEntry; i < PageMapper<PagingHardware>.EntriesPerTable; i++)
                if ((pml4[i] & 1) != 0) count += CountBelow(pml4[i] & TableAddressMask, 3);
            return count;
        }

        /// <summary>Page-table pages of the lower half of the space whose PML4 is root, the PML4
        /// included (the kernel half is the kernel's, counted by CountTablePages).</summary>
        public static ulong CountUserTablePages(ulong root)
        {
            ulong count = 1;
            ulong* pml4 = (ulong*)KernelLayout.PhysicalToVirtual(root);
            for (int i = 0; i < PageMapper<PagingHardware>.KernelHalfFirstEntry; i++)
                if ((pml4[i] & 1) != 0) count += CountBelow(pml4[i] & TableAddressMask, 3);
            return count;
        }

        private const ulong TableAddressMask = 0x000FFFFFFFFFF000;
        private const ulong LargePage = 1UL << 7;

        // The table at 'table' (level 3 = PDPT, 2 = PD, 1 = PT) and the tables below it.
        private static ulong CountBelow(ulong table, int level)
        {
            ulong count = 1;
            if (level == 1) return count;
            ulong* entries = (ulong*)KernelLayout.PhysicalToVirtual(table);
            for (int i = 0; i < PageMapper<PagingHardware>.EntriesPerTable; i++)
                if ((entries[i] & 1) != 0 && (entries[i] & LargePage) == 0) count += CountBelow(entries[i] & TableAddressMask, level - 1);
            return count;
        }

        /// <summary>Translates a virtual address through the live kernel tables (see PageMapper.Query).</summary>
        public static MemoryStatus Query(ulong virtualAddress, out ulong physical, out PageFlags flags, out ulong pageSize)
            => s_mapper.Query(s_root, virtualAddress, out physical, out flags, out pageSize);

        private static void MapImage(ulong start, ulong end, PageFlags flags, string what)
        {
            Check(s_mapper.MapRange(s_root, start, KernelLayout.KernelVirtualToPhysical((void*)start), end - start, flags), what);
        }

        private static void Check(MemoryStatus status, string what)
        {
            if (status == MemoryStatus.Ok) return;
            Log.Write("mapping ");
            Log.Write(what);
            Log.Write(" failed: status ");
            Log.WriteDecimal((ulong)status);
            Log.Write("\n");
            Panic.Stop("cannot build the kernel address space");
        }
    }
}
