using System;
using GoOS.Kernel;
using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Boot;
using GoOS.Kernel.Memory;

namespace GoOS.BootSuites
{
    /// <summary>Physical and virtual memory in the real kernel: the page allocator against the
    /// multiboot memory map, exhausting and refilling it, runs, and the live page tables.</summary>
    internal static unsafe class MemorySuite
    {
        private const ulong Page = PageFrameAllocator.PageSize;
        private const ulong UserAddress = 0x0000_0000_0040_0000;

        private sealed class Holder { public int Value; }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static Holder Nothing() => null;

        private static void Ok(MemoryStatus status, string what) => Check.Equal((long)MemoryStatus.Ok, (long)status, what + " status");

        private static void Status(MemoryStatus expected, MemoryStatus actual, string what) => Check.Equal((long)expected, (long)actual, what + " status");

        public static int Run()
        {
            var suite = new BootTestSuite("memory", 10);

            suite.Test("free-count-matches-memory-map", () =>
            {
                ulong expectedTotal = CountUsablePagesNotReserved();
                Check.Equal((long)expectedTotal, (long)PhysicalMemory.TotalPages, "pages the allocator manages");
                ulong inUse = PhysicalMemory.Metadata.Length / Page + KernelHeap.PageCount + KernelAddressSpace.CountTablePages()
                    + (ulong)(KernelStacks.InUse * KernelStacks.StackPages) + GoOS.Kernel.Processes.HeapPages.InFlightTablePages;
                Check.Equal((long)(expectedTotal - inUse), (long)PhysicalMemory.FreePages, "free pages (usable - reserved - bitmaps - heap - kernel tables - thread stacks - in-flight tables)");
                Check.Equal((long)PhysicalMemory.TotalPages, (long)(PhysicalMemory.FreePages + PhysicalMemory.UsedPages), "free + used");
            });

            suite.Test("allocate-all-then-free-twice", () =>
            {
                ulong baseline = PhysicalMemory.FreePages;
                for (int round = 0; round < 2; round++)
                {
                    ulong count = AllocateAllAsList(out ulong list);
                    Check.Equal((long)baseline, (long)count, "pages handed out");
                    Check.Equal(0, (long)PhysicalMemory.FreePages, "free pages when all are taken");
                    Status(MemoryStatus.OutOfMemory, PhysicalMemory.Allocate(out _), "allocation when empty");
                    Status(MemoryStatus.OutOfMemory, PhysicalMemory.AllocateRun(1, Page, out _), "run when empty");
                    FreeList(list);
                    Check.Equal((long)baseline, (long)PhysicalMemory.FreePages, "free pages after freeing all");
                }
            });

            suite.Test("double-free-and-unowned-pages-refused", () =>
            {
                Ok(PhysicalMemory.Allocate(out ulong page), "allocate");
                Ok(PhysicalMemory.Free(page), "free");
                ulong free = PhysicalMemory.FreePages;
                Status(MemoryStatus.DoubleFree, PhysicalMemory.Free(page), "second free");
                Status(MemoryStatus.NotOwned, PhysicalMemory.Free(0), "page 0");
                Status(MemoryStatus.NotOwned, PhysicalMemory.Free(KernelImage.PhysicalEnd - Page), "kernel image");
                Status(MemoryStatus.NotOwned, PhysicalMemory.Free(Kernel.Kernel.BootInformation.PhysicalStart & ~(Page - 1)), "multiboot information");
                Status(MemoryStatus.NotOwned, PhysicalMemory.Free(PhysicalMemory.Metadata.Start), "allocator bitmaps");
                Status(MemoryStatus.NotOwned, PhysicalMemory.Free(PhysicalMemory.PhysicalEnd), "beyond RAM");
                Status(MemoryStatus.Misaligned, PhysicalMemory.Free(page + 1), "misaligned");
                Check.Equal((long)free, (long)PhysicalMemory.FreePages, "free pages unchanged by refused frees");
            });

            suite.Test("runs-contiguous-and-aligned", () =>
            {
                ulong free = PhysicalMemory.FreePages;
                Ok(PhysicalMemory.AllocateRun(5, 64 * 1024, out ulong small), "5-page run");
                Ok(PhysicalMemory.AllocateRun(512, 2UL << 20, out ulong large), "2 MiB run");
                Check.Equal(0, (long)(small % (64 * 1024)), "small run alignment");
                Check.Equal(0, (long)(large % (2UL << 20)), "large run alignment");
                for (ulong p = small; p < small + 5 * Page; p += Page) Check.True(PhysicalMemory.IsOwned(p) && !PhysicalMemory.IsFree(p), "small run page taken");
                for (ulong p = large; p < large + 512 * Page; p += Page) Check.True(PhysicalMemory.IsOwned(p) && !PhysicalMemory.IsFree(p), "large run page taken");
                Check.Equal((long)(free - 517), (long)PhysicalMemory.FreePages, "free pages after two runs");
                Status(MemoryStatus.OutOfMemory, PhysicalMemory.AllocateRun(PhysicalMemory.TotalPages, Page, out _), "run larger than RAM");
                Ok(PhysicalMemory.FreeRun(small, 5), "free small run");
                Ok(PhysicalMemory.FreeRun(large, 512), "free large run");
                Check.Equal((long)free, (long)PhysicalMemory.FreePages, "free pages restored");
            });

            suite.Test("page-zero-unmapped", () =>
            {
                Status(MemoryStatus.NotMapped, KernelAddressSpace.Query(0, out _, out _, out _), "page 0");
                Status(MemoryStatus.NotMapped, KernelAddressSpace.Query(0x1000, out _, out _, out _), "page 1");
                ulong* pml4 = (ulong*)KernelLayout.PhysicalToVirtual(KernelAddressSpace.Root);
                for (int i = 0; i < 256; i++) Check.Equal(0, (long)pml4[i], "lower-half PML4 entry");
                Check.Equal((long)KernelAddressSpace.Root, (long)default(PagingHardware).ActiveRoot(), "CR3 holds the kernel's PML4");
                Check.Throws<NullReferenceException>(() => Nothing().Value = 1, "null dereference");
            });

            suite.Test("kernel-image-permissions", () =>
            {
                KernelSections image = KernelImage.Sections;
                ulong code = (ulong)(delegate*<int>)&Run;
                Check.True(code >= image.TextStart && code < image.ReadOnlyStart, "a method lies in text");
                ExpectFlags(code, PageFlags.Present | PageFlags.Global, "text");
                ExpectFlags(image.ReadOnlyStart, PageFlags.Present | PageFlags.Global | PageFlags.NoExecute, "rodata");
                ExpectFlags(image.DataStart, PageFlags.Present | PageFlags.Global | PageFlags.Writable | PageFlags.NoExecute, "data");
                ExpectFlags(image.StackGuard - Page, PageFlags.Present | PageFlags.Global | PageFlags.Writable | PageFlags.NoExecute, "bss");
                Ok(KernelAddressSpace.Query(code, out ulong physical, out _, out _), "text translation");
                Check.Equal((long)KernelLayout.KernelVirtualToPhysical((void*)code), (long)physical, "text physical address");
            });

            suite.Test("stack-has-unmapped-guard-page", () =>
            {
                KernelSections image = KernelImage.Sections;
                ulong local = 0;
                ulong stack = (ulong)&local;
                Check.True(stack >= image.StackGuard + Page && stack < image.End, "running on the boot stack");
                Status(MemoryStatus.NotMapped, KernelAddressSpace.Query(image.StackGuard, out _, out _, out _), "guard page");
                ExpectFlags(image.StackGuard + Page, PageFlags.Present | PageFlags.Global | PageFlags.Writable | PageFlags.NoExecute, "stack bottom");
            });

            suite.Test("direct-map-covers-ram-and-mmio", () =>
            {
                ExpectDirect(0xFEE00000, "LAPIC");
                ExpectDirect(0xB8000, "VGA");
                ExpectDirect(KernelHeap.PhysicalStart, "heap");
                ExpectDirect(PhysicalMemory.PhysicalEnd - Page, "last page of RAM");
                Ok(KernelAddressSpace.Query(KernelLayout.DirectMapBase + 0xFEE00000, out _, out _, out ulong size), "LAPIC");
                Check.Equal(2L << 20, (long)size, "direct map page size");
            });

            suite.Test("address-space-shares-kernel-half", () =>
            {
                ref PageMapper<PagingHardware> mapper = ref KernelAddressSpace.Mapper;
                ulong free = PhysicalMemory.FreePages;
                Ok(mapper.CreateAddressSpace(out ulong root), "create");
                ulong* kernel = (ulong*)KernelLayout.PhysicalToVirtual(KernelAddressSpace.Root);
                ulong* pml4 = (ulong*)KernelLayout.PhysicalToVirtual(root);
                for (int i = 256; i < 512; i++) Check.Equal((long)kernel[i], (long)pml4[i], "kernel-half PML4 entry");
                ulong code = (ulong)(delegate*<int>)&Run;
                Ok(mapper.Query(root, code, out ulong physical, out _, out _), "kernel text in the new space");
                Check.Equal((long)KernelLayout.KernelVirtualToPhysical((void*)code), (long)physical, "same kernel text");

                Ok(PhysicalMemory.Allocate(out ulong frame), "frame");
                Ok(mapper.Map(root, UserAddress, frame, PageFlags.User | PageFlags.Writable | PageFlags.NoExecute), "user page");
                Ok(mapper.Map(root, 0x7FFF_FFFF_F000, frame, PageFlags.User), "top user page");
                Ok(mapper.MapLarge(root, 0x4000_0000, 0, PageFlags.User), "user 2 MiB page");
                Ok(mapper.Query(root, UserAddress + 8, out ulong translated, out PageFlags flags, out _), "user page query");
                Check.Equal((long)(frame + 8), (long)translated, "user page translation");
                Check.True((flags & PageFlags.User) != 0, "user page is user");
                Status(MemoryStatus.NotMapped, KernelAddressSpace.Query(UserAddress, out _, out _, out _), "user page not in the kernel space");

                Ok(mapper.DestroyAddressSpace(root, out int freed), "destroy");
                Ok(PhysicalMemory.Free(frame), "free frame");
                Check.True(freed >= 6, "PML4 and the tables of two PDPT entries freed");
                Check.Equal((long)free, (long)PhysicalMemory.FreePages, "every page back");
            });

            suite.Test("kernel-space-cannot-be-destroyed", () =>
            {
                Status(MemoryStatus.Busy, KernelAddressSpace.Mapper.DestroyAddressSpace(KernelAddressSpace.Root, out _), "kernel space");
            });

            return suite.Finish();
        }

        private static void ExpectFlags(ulong address, PageFlags expected, string what)
        {
            Ok(KernelAddressSpace.Query(address, out _, out PageFlags flags, out _), what);
            Check.Equal((long)(ulong)expected, (long)(ulong)flags, what + " flags");
        }

        private static void ExpectDirect(ulong physical, string what)
        {
            Ok(KernelAddressSpace.Query(KernelLayout.DirectMapBase + physical, out ulong translated, out PageFlags flags, out _), what);
            Check.Equal((long)physical, (long)translated, what + " through the direct map");
            Check.True((flags & PageFlags.NoExecute) != 0 && (flags & PageFlags.Writable) != 0, what + " mapped writable, no-execute");
        }

        // Counts, page by page, the usable pages of the multiboot map that touch no reserved range.
        private static ulong CountUsablePagesNotReserved()
        {
            PhysicalRange* reserved = stackalloc PhysicalRange[PhysicalMemory.MaximumRanges];
            int reservedCount = BootReservations.Collect(Kernel.Kernel.BootInformation, reserved, PhysicalMemory.MaximumRanges);
            Check.True(reservedCount > 0, "reserved ranges");
            ulong count = 0;
            MemoryRegionEnumerator regions = Kernel.Kernel.BootInformation.MemoryRegions;
            while (regions.Next(out ulong start, out ulong length, out uint type))
            {
                if (type != 1) continue;
                for (ulong page = (start + Page - 1) & ~(Page - 1); page + Page <= start + length && page + Page <= KernelLayout.DirectMapLimit; page += Page)
                {
                    bool taken = false;
                    for (int i = 0; i < reservedCount && !taken; i++) taken = reserved[i].Overlaps(page, page + Page);
                    if (!taken) count++;
                }
            }
            return count;
        }

        // Takes every free page, chaining them through their first word (so nothing is allocated
        // on the heap); returns how many and the head of the chain.
        private static ulong AllocateAllAsList(out ulong head)
        {
            head = 0;
            ulong count = 0;
            while (PhysicalMemory.Allocate(out ulong page) == MemoryStatus.Ok)
            {
                *(ulong*)KernelLayout.PhysicalToVirtual(page) = head;
                head = page;
                count++;
            }
            return count;
        }

        private static void FreeList(ulong head)
        {
            while (head != 0)
            {
                ulong next = *(ulong*)KernelLayout.PhysicalToVirtual(head);
                Ok(PhysicalMemory.Free(head), "free");
                head = next;
            }
        }
    }
}
