using GoOS.Kernel.Memory;
using NUnit.Framework;
using Mapper = GoOS.Kernel.Memory.PageMapper<GoOS.Tests.Host.Memory.FakePagingHardware>;

namespace GoOS.Tests.Host.Memory;

/// <summary>The page mapper over page tables in host memory.</summary>
public class PageMapperTests
{
    private const ulong MiB = FakeMachine.MiB;
    private const ulong Page = 4096;
    private const ulong UserAddress = 0x0000_0040_0000_0000;
    private const ulong KernelAddress = 0xFFFF_9000_0000_0000;
    private const PageFlags Data = PageFlags.Writable | PageFlags.NoExecute;

    private FakeMachine _machine;
    private Mapper _mapper;
    private ulong _kernelRoot;

    [SetUp]
    public void CreateMachine()
    {
        _machine = FakeMachine.Simple(16 * MiB);
        _mapper = _machine.NewMapper();
        Assert.That(_mapper.CreateKernelSpace(out _kernelRoot), Is.EqualTo(MemoryStatus.Ok));
    }

    [TearDown]
    public void DisposeMachine() => _machine.Dispose();

    private ref PageFrameAllocator Frames => ref _machine.Frames;

    private ulong NewSpace()
    {
        Assert.That(_mapper.CreateAddressSpace(out ulong root), Is.EqualTo(MemoryStatus.Ok));
        return root;
    }

    [Test]
    public void KernelSpaceHasATableBehindEveryKernelHalfEntry()
    {
        Assert.That(Frames.UsedPages, Is.EqualTo(1 + 256 + Frames.Metadata.Length / Page));
        Assert.That(_mapper.KernelRoot, Is.EqualTo(_kernelRoot));
    }

    [Test]
    public void MapsQueriesAndUnmapsA4KiBPage()
    {
        ulong root = NewSpace();
        ulong before = Frames.FreePages;
        Assert.That(_mapper.Map(root, UserAddress, 0x123000, PageFlags.User | PageFlags.Writable), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(Frames.FreePages, Is.EqualTo(before - 3), "a PDPT, a PD and a PT");

        Assert.That(_mapper.Query(root, UserAddress + 0x45, out ulong physical, out PageFlags flags, out ulong size), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(physical, Is.EqualTo(0x123045UL));
        Assert.That(size, Is.EqualTo(Page));
        Assert.That(flags, Is.EqualTo(PageFlags.Present | PageFlags.User | PageFlags.Writable));
        Assert.That(_mapper.Query(root, UserAddress + Page, out _, out _, out _), Is.EqualTo(MemoryStatus.NotMapped));

        Assert.That(_mapper.Map(root, UserAddress, 0x456000, PageFlags.User), Is.EqualTo(MemoryStatus.AlreadyMapped));
        Assert.That(_mapper.Unmap(root, UserAddress, out ulong unmapped, out ulong unmappedSize, out int freed), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(unmapped, Is.EqualTo(0x123000UL));
        Assert.That(unmappedSize, Is.EqualTo(Page));
        Assert.That(freed, Is.EqualTo(3), "every table left empty goes back");
        Assert.That(Frames.FreePages, Is.EqualTo(before));
        Assert.That(_mapper.Query(root, UserAddress, out _, out _, out _), Is.EqualTo(MemoryStatus.NotMapped));
        Assert.That(_mapper.Unmap(root, UserAddress, out _, out _, out _), Is.EqualTo(MemoryStatus.NotMapped));
    }

    [Test]
    public void TablesStillInUseAreKept()
    {
        ulong root = NewSpace();
        _mapper.Map(root, UserAddress, 0x100000, PageFlags.User);
        _mapper.Map(root, UserAddress + Page, 0x101000, PageFlags.User);
        _mapper.Unmap(root, UserAddress, out _, out _, out int freed);
        Assert.That(freed, Is.Zero);
        Assert.That(_mapper.Query(root, UserAddress + Page, out ulong physical, out _, out _), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(physical, Is.EqualTo(0x101000UL));
    }

    [Test]
    public void EffectivePermissionsCombineEveryLevel()
    {
        ulong root = NewSpace();
        _mapper.Map(root, UserAddress, 0x200000, PageFlags.User | PageFlags.NoExecute);
        _mapper.Query(root, UserAddress, out _, out PageFlags user, out _);
        Assert.That(user, Is.EqualTo(PageFlags.Present | PageFlags.User | PageFlags.NoExecute), "read-only, no-execute");
        _mapper.Map(root, KernelAddress, 0x201000, PageFlags.Global);
        _mapper.Query(root, KernelAddress, out _, out PageFlags kernel, out _);
        Assert.That(kernel, Is.EqualTo(PageFlags.Present | PageFlags.Global), "kernel text: read and execute only");
    }

    [Test]
    public void RefusesBadArguments()
    {
        ulong root = NewSpace();
        Assert.That(_mapper.Map(root, KernelAddress, 0x1000, PageFlags.User), Is.EqualTo(MemoryStatus.InvalidArgument), "user page in the kernel half");
        Assert.That(_mapper.Map(root, UserAddress, 0x1000, PageFlags.Global), Is.EqualTo(MemoryStatus.InvalidArgument), "global page in a user half");
        Assert.That(_mapper.Map(root, 0x0000_8000_0000_0000, 0x1000, PageFlags.None), Is.EqualTo(MemoryStatus.InvalidArgument), "non-canonical");
        Assert.That(_mapper.Map(root, UserAddress, 1UL << 52, PageFlags.None), Is.EqualTo(MemoryStatus.InvalidArgument), "physical beyond 52 bits");
        Assert.That(_mapper.Map(root, UserAddress, 0x1000, (PageFlags)0x80), Is.EqualTo(MemoryStatus.InvalidArgument), "unknown flag bit");
        Assert.That(_mapper.Map(root, UserAddress + 8, 0x1000, PageFlags.None), Is.EqualTo(MemoryStatus.Misaligned));
        Assert.That(_mapper.MapLarge(root, UserAddress, 0x1000, PageFlags.None), Is.EqualTo(MemoryStatus.Misaligned));
        Assert.That(_mapper.Query(root, 0x0000_8000_0000_0000, out _, out _, out _), Is.EqualTo(MemoryStatus.InvalidArgument));
    }

    [Test]
    public void LargePagesAreMappedAndNeverSplit()
    {
        ulong root = NewSpace();
        ulong before = Frames.FreePages;
        Assert.That(_mapper.MapLarge(root, UserAddress, 4 * MiB, PageFlags.User | PageFlags.Writable), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(Frames.FreePages, Is.EqualTo(before - 2), "a PDPT and a PD, no PT");
        Assert.That(_mapper.Query(root, UserAddress + 0x12345, out ulong physical, out _, out ulong size), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(physical, Is.EqualTo(4 * MiB + 0x12345));
        Assert.That(size, Is.EqualTo(2 * MiB));

        Assert.That(_mapper.Map(root, UserAddress + 5 * Page, 0x1000, PageFlags.User), Is.EqualTo(MemoryStatus.AlreadyMapped));
        Assert.That(_mapper.Unmap(root, UserAddress + 5 * Page, out _, out _, out _), Is.EqualTo(MemoryStatus.WouldSplitLargePage));
        Assert.That(_mapper.Unmap(root, UserAddress, out ulong unmapped, out ulong unmappedSize, out int freed), Is.EqualTo(MemoryStatus.Ok));
        Assert.That((unmapped, unmappedSize, freed), Is.EqualTo((4 * MiB, 2 * MiB, 2)));
        Assert.That(Frames.FreePages, Is.EqualTo(before));
    }

    [Test]
    public void LargePageRefusedWhereA4KiBTableExists()
    {
        ulong root = NewSpace();
        _mapper.Map(root, UserAddress + Page, 0x1000, PageFlags.User);
        Assert.That(_mapper.MapLarge(root, UserAddress, 2 * MiB, PageFlags.User), Is.EqualTo(MemoryStatus.AlreadyMapped));
    }

    [Test]
    public void RangesUseLargePagesWhereTheyFit()
    {
        ulong root = NewSpace();
        ulong start = UserAddress + 2 * MiB - 2 * Page;
        ulong length = 2 * Page + 4 * MiB + Page;
        Assert.That(_mapper.MapRange(root, start, 2 * MiB - 2 * Page, length, PageFlags.User), Is.EqualTo(MemoryStatus.Ok));
        var sizes = new List<ulong>();
        for (ulong offset = 0; offset < length;)
        {
            Assert.That(_mapper.Query(root, start + offset, out ulong physical, out _, out ulong size), Is.EqualTo(MemoryStatus.Ok));
            Assert.That(physical, Is.EqualTo(2 * MiB - 2 * Page + offset));
            sizes.Add(size);
            offset += size;
        }
        Assert.That(sizes, Is.EqualTo(new[] { Page, Page, 2 * MiB, 2 * MiB, Page }));
        Assert.That(_mapper.UnmapRange(root, start, length, out int freed), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(freed, Is.EqualTo(4), "two PTs, a PD and a PDPT");
    }

    [Test]
    public void RangeMappingIsUndoneWhenTablesRunOut()
    {
        ulong root = NewSpace();
        var hoard = new List<ulong>();
        while (Frames.FreePages > 3 && Frames.Allocate(out ulong page) == MemoryStatus.Ok) hoard.Add(page);
        ulong before = Frames.FreePages;
        // Two 4 KiB pages 1 GiB apart need two PDs and two PTs under one PDPT: five tables, three free.
        Assert.That(_mapper.MapRange(root, UserAddress + (1UL << 30) - Page, 0, 2 * Page, PageFlags.User), Is.EqualTo(MemoryStatus.OutOfMemory));
        Assert.That(Frames.FreePages, Is.EqualTo(before), "the tables taken were given back");
        Assert.That(_mapper.Query(root, UserAddress + (1UL << 30) - Page, out _, out _, out _), Is.EqualTo(MemoryStatus.NotMapped));
    }

    [Test]
    public void AddressSpacesShareTheKernelHalfOnly()
    {
        ulong first = NewSpace(), second = NewSpace();
        Assert.That(_mapper.Map(first, KernelAddress, 0x300000, Data | PageFlags.Global), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(_mapper.Query(second, KernelAddress, out ulong physical, out _, out _), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(physical, Is.EqualTo(0x300000UL));
        Assert.That(_mapper.Query(_kernelRoot, KernelAddress, out _, out _, out _), Is.EqualTo(MemoryStatus.Ok));

        Assert.That(_mapper.Map(first, UserAddress, 0x301000, PageFlags.User), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(_mapper.Query(second, UserAddress, out _, out _, out _), Is.EqualTo(MemoryStatus.NotMapped));
        Assert.That(_mapper.Map(second, UserAddress, 0x302000, PageFlags.User), Is.EqualTo(MemoryStatus.Ok));
        _mapper.Query(first, UserAddress, out ulong inFirst, out _, out _);
        Assert.That(inFirst, Is.EqualTo(0x301000UL));
    }

    [Test]
    public void KernelHalfTablesStayWhenEmptied()
    {
        ulong space = NewSpace();
        _mapper.Map(_kernelRoot, KernelAddress, 0x300000, Data);
        _mapper.Unmap(_kernelRoot, KernelAddress, out _, out _, out int freed);
        Assert.That(freed, Is.EqualTo(2), "the PD and PT, not the shared PDPT");
        Assert.That(_mapper.Map(space, KernelAddress, 0x300000, Data), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(_mapper.Query(_kernelRoot, KernelAddress, out _, out _, out _), Is.EqualTo(MemoryStatus.Ok));
    }

    [Test]
    public void DestroyingASpaceReturnsEveryPageItTook()
    {
        ulong before = Frames.FreePages;
        ulong root = NewSpace();
        ulong[] addresses = [0x1000, 0x7FFF_FFFF_F000, UserAddress, UserAddress + 3 * Page, UserAddress + (1UL << 30), 0x0000_0100_0000_0000];
        foreach (ulong address in addresses) Assert.That(_mapper.Map(root, address, 0x400000, PageFlags.User), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(_mapper.MapLarge(root, UserAddress + 8 * MiB, 8 * MiB, PageFlags.User), Is.EqualTo(MemoryStatus.Ok));
        ulong taken = before - Frames.FreePages;
        Assert.That(_mapper.DestroyAddressSpace(root, out int freed), Is.EqualTo(MemoryStatus.Ok));
        Assert.That((ulong)freed, Is.EqualTo(taken));
        Assert.That(Frames.FreePages, Is.EqualTo(before));
        Assert.That(_mapper.Query(_kernelRoot, KernelAddress, out _, out _, out _), Is.EqualTo(MemoryStatus.NotMapped), "kernel half untouched");
    }

    [Test]
    public void DestroyingWithItsPagesFreesOwnedPagesButNotBorrowedOnes()
    {
        ulong root = NewSpace();
        ulong before = Frames.FreePages;
        Assert.That(Frames.Allocate(out ulong owned), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(Frames.Allocate(out ulong borrowed), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(_mapper.Map(root, UserAddress, owned, PageFlags.User | PageFlags.Writable), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(_mapper.Map(root, UserAddress + 0x1000, borrowed, PageFlags.User | PageFlags.Borrowed), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(_mapper.DestroyAddressSpace(root, freeMappedPages: true, out int tables, out ulong pages), Is.EqualTo(MemoryStatus.Ok));
        Assert.That(pages, Is.EqualTo(1), "only the owned page");
        Assert.That(Frames.IsFree(owned), Is.True);
        Assert.That(Frames.IsFree(borrowed), Is.False, "a borrowed page stays with its owner");
        Assert.That(Frames.FreePages, Is.EqualTo(before + 1 - 1), "the PML4 is back too; only the borrowed page is still out");
        Assert.That(tables, Is.GreaterThan(0));
    }

    [Test]
    public void TheKernelSpaceAndTheLoadedSpaceCannotBeDestroyed()
    {
        ulong root = NewSpace();
        Assert.That(_mapper.DestroyAddressSpace(_kernelRoot, out _), Is.EqualTo(MemoryStatus.Busy));
        _machine.State.ActiveRoot = root;
        Assert.That(_mapper.DestroyAddressSpace(root, out _), Is.EqualTo(MemoryStatus.Busy));
    }

    [Test]
    public void InvalidatesOnlyWhereATlbCouldHoldTheEntry()
    {
        ulong active = NewSpace(), inactive = NewSpace();
        _machine.State.ActiveRoot = active;
        _mapper.Map(inactive, UserAddress, 0x1000, PageFlags.User);
        _mapper.Unmap(inactive, UserAddress, out _, out _, out _);
        Assert.That(_machine.State.Invalidations, Is.Zero, "an inactive user half");
        _mapper.Map(active, UserAddress, 0x1000, PageFlags.User);
        _mapper.Unmap(active, UserAddress, out _, out _, out _);
        Assert.That(_machine.State.Invalidations, Is.EqualTo(1));
        Assert.That(_machine.State.LastInvalidated, Is.EqualTo(UserAddress));
        _mapper.Map(inactive, KernelAddress, 0x1000, Data);
        _mapper.Unmap(inactive, KernelAddress, out _, out _, out _);
        Assert.That(_machine.State.Invalidations, Is.EqualTo(2), "the kernel half is in every space");
    }
}
