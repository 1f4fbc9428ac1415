using GoOS.Kernel.Processes;
using NUnit.Framework;

namespace GoOS.Tests.Host.Processes;

/// <summary>The system-wide heap range: no address is handed to two owners, runs are contiguous,
/// releases are checked, and an owner's granules all come back at once.</summary>
public class HeapRangeTests
{
    private const ulong Base = 0x100000000000, Granule = 0x10000;

    [Test]
    public void ReservationsNeverOverlapAndAreGranuleAligned()
    {
        var range = new HeapRange(Base, 64 * Granule, Granule);
        ulong a = range.Reserve(1, owner: 1);
        ulong b = range.Reserve(3 * Granule, owner: 2);
        ulong c = range.Reserve(Granule + 1, owner: 1);
        Assert.That(new[] { a, b, c }, Is.All.Not.Zero);
        Assert.That((a - Base) % Granule, Is.Zero);
        Assert.That(b, Is.GreaterThanOrEqualTo(a + Granule));
        Assert.That(c, Is.GreaterThanOrEqualTo(b + 3 * Granule));
        Assert.That(range.UsedGranules, Is.EqualTo(1 + 3 + 2));
        Assert.That(range.OwnerOf(b + 2 * Granule + 5), Is.EqualTo(2));
        Assert.That(range.OwnerOf(Base + 63 * Granule), Is.Zero);
    }

    [Test]
    public void ReleaseChecksOwnerAlignmentAndBounds()
    {
        var range = new HeapRange(Base, 8 * Granule, Granule);
        ulong a = range.Reserve(2 * Granule, owner: 1);
        Assert.That(range.Release(a, 2 * Granule, owner: 2), Is.False, "someone else's");
        Assert.That(range.Release(a + 8, Granule, owner: 1), Is.False, "not on a granule boundary");
        Assert.That(range.Release(a, 9 * Granule, owner: 1), Is.False, "past the range");
        Assert.That(range.Release(Base - Granule, Granule, owner: 1), Is.False, "below the range");
        Assert.That(range.UsedGranules, Is.EqualTo(2), "failed releases change nothing");
        Assert.That(range.Release(a, 2 * Granule, owner: 1), Is.True);
        Assert.That(range.UsedGranules, Is.Zero);
    }

    [Test]
    public void FreedRunsAreFoundAgainAndAFullRangeRefuses()
    {
        var range = new HeapRange(Base, 4 * Granule, Granule);
        ulong a = range.Reserve(2 * Granule, owner: 1);
        ulong b = range.Reserve(2 * Granule, owner: 1);
        Assert.That(range.Reserve(1, owner: 1), Is.Zero, "full");
        Assert.That(range.Release(a, 2 * Granule, owner: 1), Is.True);
        Assert.That(range.Reserve(2 * Granule, owner: 3), Is.EqualTo(a), "the hole is reused after wrapping around");
        Assert.That(b, Is.Not.Zero);
    }

    [Test]
    public void ReleaseAllReturnsEveryGranuleOfOneOwnerOnly()
    {
        var range = new HeapRange(Base, 32 * Granule, Granule);
        ulong low = range.Reserve(Granule, owner: 1);
        range.Reserve(Granule, owner: 2);
        ulong high = range.Reserve(4 * Granule, owner: 1) + 4 * Granule;
        range.ReleaseAll(1, low, high);
        Assert.That(range.UsedGranules, Is.EqualTo(1), "owner 2's granule stays");
        Assert.That(range.Reserve(5 * Granule, owner: 4), Is.Not.Zero);
    }

    [Test]
    public void AGranuleWithPagesStillInUseIsNotReservedAgain()
    {
        var range = new HeapRange(Base, 2 * Granule, Granule);
        ulong a = range.Reserve(Granule, owner: 1);
        range.PageInUse(a + 0x3000);
        Assert.That(range.Release(a, Granule, owner: 1), Is.True);
        ulong b = range.Reserve(Granule, owner: 2);
        Assert.That(b, Is.Not.EqualTo(a), "a received object still lives in the first granule");
        Assert.That(range.Reserve(Granule, owner: 3), Is.Zero, "only the first granule is left, and it is in use");
        range.PageFreed(a + 0x3000);
        Assert.That(range.Reserve(Granule, owner: 3), Is.EqualTo(a));
    }
}
