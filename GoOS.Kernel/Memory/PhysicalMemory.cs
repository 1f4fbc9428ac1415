using System.Runtime.CompilerServices;
using GoOS.Kernel.Boot;
using GoOS.Kernel.Diagnostics;

namespace GoOS.Kernel.Memory
{
    /// <summary>The kernel's page frame allocator, built from the multiboot2 memory map at boot:
    /// every usable page of RAM below KernelLayout.DirectMapLimit but what BootReservations lists.
    /// Callers run with interrupts off on one CPU, which serializes access.</summary>
    internal static unsafe class PhysicalMemory
    {
        public const int MaximumRanges = 128;

        // Guarded by: interrupts off (single CPU). Usable before the heap: no references.
        private static PageFrameAllocator s_frames;

        public static ulong TotalPages => s_frames.TotalPages;
        public static ulong FreePages => s_frames.FreePages;
        public static ulong UsedPages => s_frames.UsedPages;

        /// <summary>The allocator itself, for the page mapper. Lives in a static: it never moves.</summary>
        public static PageFrameAllocator* Frames => (PageFrameAllocator*)Unsafe.AsPointer(ref s_frames);

        /// <summary>Where the allocator keeps its bitmaps (counted as used pages).</summary>
        public static PhysicalRange Metadata => s_frames.Metadata;

        /// <summary>Builds the allocator. Called once by Kernel.Boot before the heap exists; stops
        /// the machine if the boot left no usable memory.</summary>
        public static void Initialize(MultibootInfo info)
        {
            PhysicalRange* usable = stackalloc PhysicalRange[MaximumRanges];
            PhysicalRange* reserved = stackalloc PhysicalRange[MaximumRanges];
            int usableCount = BootReservations.CollectUsable(info, usable, MaximumRanges);
            int reservedCount = BootReservations.Collect(info, reserved, MaximumRanges);
            if (usableCount < 0 || reservedCount < 0) Panic.Stop("memory map too long");
            // The bitmaps are written before the kernel's own direct map exists: keep them in Boot.asm's.
            MemoryStatus status = s_frames.Initialize(usable, usableCount, reserved, reservedCount,
                (byte*)KernelLayout.DirectMapBase, KernelLayout.DirectMapLimit, KernelLayout.BootDirectMapSize);
            if (status != MemoryStatus.Ok) Panic.Stop("no usable memory for the page allocator");
        }

        /// <summary>The first physical address past the highest page the allocator describes.</summary>
        public static ulong PhysicalEnd => s_frames.PhysicalEnd;

        public static MemoryStatus Allocate(out ulong physical) => s_frames.Allocate(out physical);

        public static MemoryStatus Free(ulong physical) => s_frames.Free(physical);

        public static MemoryStatus AllocateRun(ulong pageCount, ulong alignment, out ulong physical) => s_frames.AllocateRun(pageCount, alignment, out physical);

        public static MemoryStatus FreeRun(ulong physical, ulong pageCount) => s_frames.FreeRun(physical, pageCount);

        public static bool IsFree(ulong physical) => s_frames.IsFree(physical);

        public static bool IsOwned(ulong physical) => s_frames.IsOwned(physical);
    }
}
