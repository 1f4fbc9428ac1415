using GoOS.Kernel.Memory;
using NUnit.Framework;

namespace GoOS.Tests.Host.Memory;

/// <summary>The page frame allocator over fake memory maps.</summary>
public class PageFrameAllocatorTests
{
    private const ulong MiB = FakeMachine.MiB;
    private const ulong Page = 4096;

    // Like QEMU's map for 32 MiB: low RAM, the BIOS hole, RAM from 1 MiB; the kernel at 1 MiB,
    // multiboot information and a module elsewhere.
    private static readonly PhysicalRange[] QemuLikeUsable = [new(0, 0x9FC00), new(1 * MiB, 32 * MiB)];
    private static readonly PhysicalRange[] QemuLikeReserved =
    [
        new(0, Page), new(0x9FC00, 0x100000), new(1 * MiB, 3 * MiB), new(3 * MiB + 0x80, 3 * MiB + 0x1234), new(5 * MiB, 5 * MiB + 100),
    ];

    // Pages wholly inside a usable range and touching no reserved range, counted page by page.
    private static ulong CountOwnedPages(PhysicalRange[] usable, PhysicalRange[] reserved, ulong limit = ulong.MaxValue)
    {
        var pages = new HashSet<ulong>();
        foreach (PhysicalRange range in usable)
            for (ulong page = (range.Start + Page - 1) / Page * Page; page + Page <= range.End && page + Page <= limit; page += Page)
                if (!reserved.Any(r => r.Overlaps(page, page + Page))) pages.Add(page);
        return (ulong)pages.Count;
    }

    private static List<ulong> AllocateAll(ref PageFrameAllocator frames)
    {
        var pages = new List<ulong>();
        while (frames.Allocate(out ulong page) == MemoryStatus.Ok) pages.Add(page);
        return pages;
    }

    [Test]
    public void CountsEveryUsablePageButReservedOnes()
    {
        using var machine = new FakeMachine(32 * MiB, QemuLikeUsable, QemuLikeReserved);
        Assert.That(machine.InitializeStatus, Is.EqualTo(MemoryStatus.Ok));
        ref PageFrameAllocator frames = ref machine.Frames;
        Assert.That(frames.TotalPages, Is.EqualTo(CountOwnedPages(QemuLikeUsable, QemuLikeReserved)));
        Assert.That(frames.TotalPages, Is.EqualTo(0x9EUL + (32 - 3) * 256 - 2 - 1));
        Assert.That(frames.UsedPages, Is.EqualTo(frames.Metadata.Length / Page), "only the bitmaps are in use");
        Assert.That(frames.FreePages + frames.UsedPages, Is.EqualTo(frames.TotalPages));
    }

    [Test]
    public void BitmapsGoInTheLowestFreePlace()
    {
        using var machine = new FakeMachine(32 * MiB, QemuLikeUsable, QemuLikeReserved);
        Assert.That(machine.Frames.Metadata.Start, Is.EqualTo(Page), "page 0 is reserved; page 1 is free");
        Assert.That(machine.Frames.IsOwned(Page), Is.True);
        Assert.That(machine.Frames.IsFree(Page), Is.False);
        Assert.That(machine.Frames.Free(Page), Is.EqualTo(MemoryStatus.NotOwned), "the bitmaps cannot be freed");
    }

    [Test]
    public void NeverHandsOutReservedOrAbsentPages()
    {
        using var machine = new FakeMachine(32 * MiB, QemuLikeUsable, QemuLikeReserved);
        List<ulong> pages = AllocateAll(ref machine.Frames);
        Assert.That(pages, Is.Unique);
        foreach (ulong page in pages)
        {
            Assert.That(page % Page, Is.Zero);
            Assert.That(QemuLikeReserved.Any(r => r.Overlaps(page, page + Page)), Is.False, $"reserved page 0x{page:x} handed out");
            Assert.That(QemuLikeUsable.Any(u => page >= u.Start && page + Page <= u.End), Is.True, $"page 0x{page:x} is not RAM");
        }
    }

    [Test]
    public void AllocatingEverythingAndFreeingItTwiceRestoresTheCount()
    {
        using var machine = new FakeMachine(32 * MiB, QemuLikeUsable, QemuLikeReserved);
        ref PageFrameAllocator frames = ref machine.Frames;
        ulong baseline = frames.FreePages;
        for (int round = 0; round < 2; round++)
        {
            List<ulong> pages = AllocateAll(ref frames);
            Assert.That((ulong)pages.Count, Is.EqualTo(baseline));
            Assert.That(frames.FreePages, Is.Zero);
            Assert.That(frames.Allocate(out _), Is.EqualTo(MemoryStatus.OutOfMemory));
            Assert.That(frames.AllocateRun(1, Page, out _), Is.EqualTo(MemoryStatus.OutOfMemory));
            foreach (ulong page in pages) Assert.That(frames.Free(page), Is.EqualTo(MemoryStatus.Ok));
            Assert.That(frames.FreePages, Is.EqualTo(baseline));
        }
    }

    [Test]
    public void HandsOutTheLowestFreePageFirst()
    {
        using var machine = FakeMachine.Simple(4 * MiB);
        ref PageFrameAllocator frames = ref machine.Frames;
        frames.Allocate(out ulong first);
        frames.Allocate(out ulong second);
        Assert.That(second, Is.EqualTo(first + Page));
        frames.Free(first);
        frames.Allocate(out ulong again);
        Assert.That(again, Is.EqualTo(first));
    }

    [Test]
    public void DetectsDoubleFreeAndUnownedPages()
    {
        using var machine = new FakeMachine(32 * MiB, QemuLikeUsable, QemuLikeReserved);
        ref PageFrameAllocator frames = ref machine.Frames;
        frames.Allocate(out ulong page);
        Assert.That(frames.Free(page), Is.EqualTo(MemoryStatus.Ok));
        ulong free = frames.FreePages;
        Assert.That(frames.Free(page), Is.EqualTo(MemoryStatus.DoubleFree));
        Assert.That(frames.Free(0), Is.EqualTo(MemoryStatus.NotOwned), "page 0");
        Assert.That(frames.Free(2 * MiB), Is.EqualTo(MemoryStatus.NotOwned), "kernel image");
        Assert.That(frames.Free(0xA0000), Is.EqualTo(MemoryStatus.NotOwned), "BIOS hole");
        Assert.That(frames.Free(3 * MiB), Is.EqualTo(MemoryStatus.NotOwned), "partly reserved page");
        Assert.That(frames.Free(64 * MiB), Is.EqualTo(MemoryStatus.NotOwned), "beyond RAM");
        Assert.That(frames.Free(ulong.MaxValue & ~(Page - 1)), Is.EqualTo(MemoryStatus.NotOwned), "far beyond RAM");
        Assert.That(frames.Free(page + 8), Is.EqualTo(MemoryStatus.Misaligned));
        Assert.That(frames.FreePages, Is.EqualTo(free), "failed frees change nothing");
    }

    [Test]
    public void PartialPagesAtRangeEdgesAreLeftOut()
    {
        PhysicalRange[] usable = [new(0x1800, 0x5800), new(0x10000, 0x20000)];
        using var machine = new FakeMachine(1 * MiB, usable, []);
        Assert.That(machine.Frames.TotalPages, Is.EqualTo(3UL + 16));
        Assert.That(machine.Frames.IsOwned(0x1000), Is.False);
        Assert.That(machine.Frames.IsOwned(0x5000), Is.False);
    }

    [Test]
    public void OverlappingAndUnsortedEntriesAreHandled()
    {
        PhysicalRange[] usable = [new(8 * MiB, 16 * MiB), new(0, 4 * MiB), new(2 * MiB, 10 * MiB)];
        PhysicalRange[] reserved = [new(0, Page), new(9 * MiB, 9 * MiB + Page)];
        using var machine = new FakeMachine(16 * MiB, usable, reserved);
        Assert.That(machine.Frames.TotalPages, Is.EqualTo(CountOwnedPages(usable, reserved)));
        Assert.That(machine.Frames.TotalPages, Is.EqualTo(16 * 256 - 2UL));
    }

    [Test]
    public void LargeMapsAreCappedAndTheBitmapsStayBelowTheMetadataLimit()
    {
        // 6 GiB of RAM around a PCI hole; only the first 8 MiB are backed by the fake.
        PhysicalRange[] usable = [new(0x1000, 0x40000), new(1 * MiB, 3UL << 30), new(4UL << 30, 7UL << 30)];
        PhysicalRange[] reserved = [new(1 * MiB, 3 * MiB)];
        using var machine = new FakeMachine(8 * MiB, usable, reserved, physicalLimit: 6UL << 30, metadataLimit: 8 * MiB);
        ref PageFrameAllocator frames = ref machine.Frames;
        Assert.That(machine.InitializeStatus, Is.EqualTo(MemoryStatus.Ok));
        Assert.That(frames.TotalPages, Is.EqualTo(CountOwnedPages(usable, reserved, limit: 6UL << 30)));
        Assert.That(frames.Metadata.Start, Is.EqualTo(3 * MiB), "the bitmaps (384 KiB) do not fit in low memory");
        Assert.That(frames.Metadata.Length, Is.EqualTo((6UL << 30) / Page / 64 * 16));
        Assert.That(frames.IsOwned((6UL << 30) - Page), Is.True);
        Assert.That(frames.IsOwned(6UL << 30), Is.False);
    }

    [Test]
    public void FailsCleanlyWithoutRamOrRoomForTheBitmaps()
    {
        using (var empty = new FakeMachine(1 * MiB, [], []))
            Assert.That(empty.InitializeStatus, Is.EqualTo(MemoryStatus.OutOfMemory));
        using (var allReserved = new FakeMachine(1 * MiB, [new(0, 1 * MiB)], [new(0, 1 * MiB)]))
            Assert.That(allReserved.InitializeStatus, Is.EqualTo(MemoryStatus.OutOfMemory));
    }

    [Test]
    public void RunsAreContiguousAlignedAndFreeable()
    {
        using var machine = FakeMachine.Simple(32 * MiB);
        ref PageFrameAllocator frames = ref machine.Frames;
        frames.Allocate(out _);
        ulong free = frames.FreePages;
        Assert.That(frames.AllocateRun(512, 2 * MiB, out ulong run), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(run % (2 * MiB), Is.Zero);
        Assert.That(run, Is.EqualTo(2 * MiB), "the lowest aligned run");
        for (ulong p = run; p < run + 2 * MiB; p += Page) Assert.That(frames.IsFree(p), Is.False);
        Assert.That(frames.FreePages, Is.EqualTo(free - 512));
        Assert.That(frames.AllocateRun(3, 16 * Page, out ulong small), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(small % (16 * Page), Is.Zero);
        Assert.That(frames.FreeRun(run, 512), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(frames.FreeRun(small, 3), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(frames.FreePages, Is.EqualTo(free));
    }

    [Test]
    public void RunsSkipHolesAndReservedPages()
    {
        PhysicalRange[] usable = [new(0, 8 * MiB)];
        PhysicalRange[] reserved = [new(0, Page), new(100 * Page, 101 * Page)];
        using var machine = new FakeMachine(8 * MiB, usable, reserved);
        ref PageFrameAllocator frames = ref machine.Frames;
        Assert.That(frames.AllocateRun(150, Page, out ulong run), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(run, Is.EqualTo(101 * Page), "pages 2..99 are too few; the reserved page 100 breaks the run");
        Assert.That(frames.AllocateRun(2048, Page, out _), Is.EqualTo(MemoryStatus.OutOfMemory));
        Assert.That(frames.AllocateRun(0, Page, out _), Is.EqualTo(MemoryStatus.InvalidArgument));
        Assert.That(frames.AllocateRun(1, 3 * Page, out _), Is.EqualTo(MemoryStatus.InvalidArgument));
        Assert.That(frames.AllocateRun(1, 512, out _), Is.EqualTo(MemoryStatus.InvalidArgument));
    }

    [Test]
    public void FreeRunChecksEveryPageBeforeFreeingAny()
    {
        using var machine = FakeMachine.Simple(4 * MiB);
        ref PageFrameAllocator frames = ref machine.Frames;
        frames.AllocateRun(4, Page, out ulong run);
        frames.Free(run + 2 * Page);
        ulong free = frames.FreePages;
        Assert.That(frames.FreeRun(run, 4), Is.EqualTo(MemoryStatus.DoubleFree));
        Assert.That(frames.FreePages, Is.EqualTo(free));
        Assert.That(frames.IsFree(run), Is.False);
        Assert.That(frames.FreeRun(run, 2), Is.EqualTo(MemoryStatus.Ok));
    }

    [Test]
    public void BitScanAgreesWithTheFramework()
    {
        var random = new Random(3);
        for (int i = 0; i < 1000; i++)
        {
            ulong value = (ulong)random.NextInt64() << random.Next(0, 40);
            Assert.That(Internal.Runtime.BitScan.TrailingZeroCount(value), Is.EqualTo(System.Numerics.BitOperations.TrailingZeroCount(value)));
            Assert.That(Internal.Runtime.BitScan.PopCount(value), Is.EqualTo(System.Numerics.BitOperations.PopCount(value)));
        }
        Assert.That(Internal.Runtime.BitScan.TrailingZeroCount(0), Is.EqualTo(64));
        Assert.That(Internal.Runtime.BitScan.PopCount(ulong.MaxValue), Is.EqualTo(64));
    }
}
