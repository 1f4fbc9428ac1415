using GoOS.Kernel.Memory.Ledger;
using NUnit.Framework;
using static GoOS.Tests.Host.Memory.Ledger.LedgerKit;

namespace GoOS.Tests.Host.Memory.Ledger;

/// <summary>Giving pages and giving them back: a holder keeps its page, objects or not, until its
/// GC gives it back, and a page nobody else owns anything on is freed at that moment.</summary>
public class PageLedgerHoldingTests
{
    [Test]
    public void AGivenPageIsHeldByItsHolderWithItsFrame()
    {
        var ledger = Make();
        Ok(ledger.GivePage(100, 1, frame: 0xABC000));
        PageState state = State(ledger, 100);
        Assert.That((state.Holder, state.Holding, state.Frame), Is.EqualTo((1, true, 0xABC000UL)));
        Assert.That((state.CountedOwners, state.Dirty, state.Shared), Is.EqualTo((0, false, false)));
        LedgerTotals totals = ledger.Totals;
        Assert.That((totals.InUse, totals.Held, totals.Shared, totals.Dirty), Is.EqualTo((1L, 1L, 0L, 0L)));
        Assert.That(totals.Free, Is.EqualTo((long)HeapPages - 1));
        Assert.That(totals.Available, Is.EqualTo(63));
        OwnerPages pages = Pages(ledger, 1);
        Assert.That((pages.Held, pages.Foreign, pages.Owned, pages.Shared, pages.DirtyHeld), Is.EqualTo((1L, 0L, 1L, 0L, 0L)));
        Assert.That(ledger.TryGetPage(101, out _), Is.False);
    }

    [Test]
    public void GivingIsCheckedAndFailuresChangeNothing()
    {
        var ledger = Make(maximumOwner: 8, started: 2);
        Ok(ledger.GivePage(7, 1, 0));
        Assert.That(ledger.GivePage(7, 2, 0), Is.EqualTo(LedgerStatus.AlreadyGiven));
        Assert.That(ledger.GivePage(7, 1, 0), Is.EqualTo(LedgerStatus.AlreadyGiven));
        Assert.That(ledger.GivePage(HeapPages, 1, 0), Is.EqualTo(LedgerStatus.BadPage));
        Assert.That(ledger.GivePage(8, 0, 0), Is.EqualTo(LedgerStatus.BadOwner));
        Assert.That(ledger.GivePage(8, 9, 0), Is.EqualTo(LedgerStatus.BadOwner));
        Assert.That(ledger.GivePage(8, 3, 0), Is.EqualTo(LedgerStatus.NotLive), "owner 3 has not started");
        Assert.That(State(ledger, 7).Holder, Is.EqualTo(1));
        Assert.That(ledger.Totals.InUse, Is.EqualTo(1));
        Ok(ledger.GivePage(HeapPages - 1, 2, 0));
        Ok(ledger.GivePage(0, 2, 0));
    }

    [Test]
    public void TheHolderKeepsAnEmptyPageUntilItGivesItBack()
    {
        var ledger = Make();
        Ok(ledger.GivePage(5, 1, 0x5000));
        Ok(ledger.ReleaseObject(5, 1, 1));
        Assert.That(ledger.Host.Freed, Is.Empty, "the holder's own objects are not counted: releasing one changes nothing");
        Ok(ledger.GiveBack(5, 1));
        Assert.That(ledger.Host.Left, Is.EqualTo(new[] { (5UL, 1) }));
        Assert.That(ledger.Host.Freed, Is.EqualTo(new[] { (5UL, 0x5000UL) }));
        Assert.That(ledger.TryGetPage(5, out _), Is.False);
        Assert.That(ledger.Totals.InUse, Is.Zero);
        Assert.That(ledger.Totals.Freed, Is.EqualTo(1));
        Assert.That(Pages(ledger, 1).Owned, Is.Zero);
        Ok(ledger.GivePage(5, 2, 0x9000));
        Assert.That(State(ledger, 5).Holder, Is.EqualTo(2), "a freed page can be given again at once");
    }

    [Test]
    public void OnlyTheHoldingHolderGivesBack()
    {
        var ledger = Make();
        Ok(ledger.GivePage(5, 1, 0));
        Ok(ledger.TransferObject(5, 1, 1, 2));
        Assert.That(ledger.GiveBack(5, 2), Is.EqualTo(LedgerStatus.NotHolder), "owning objects is not holding");
        Assert.That(ledger.GiveBack(6, 1), Is.EqualTo(LedgerStatus.NotGiven));
        Assert.That(ledger.GiveBack(HeapPages, 1), Is.EqualTo(LedgerStatus.BadPage));
        Ok(ledger.GiveBack(5, 1));
        Assert.That(ledger.GiveBack(5, 1), Is.EqualTo(LedgerStatus.NotHolder), "given back already");
        Assert.That(ledger.Host.Freed, Is.Empty);
    }

    [Test]
    public void ManyScatteredPagesAreFoundAndFreedInAnyOrder()
    {
        const int Count = 1000;
        var ledger = Make(capacity: Count);
        var random = new Random(7);
        var pages = new HashSet<ulong>();
        // A full table: a thousand records in 1024 buckets, so chains form and are unlinked from the middle.
        while (pages.Count < Count) pages.Add((ulong)random.NextInt64((long)HeapPages));
        ulong[] order = pages.ToArray();
        foreach (ulong page in order) Ok(ledger.GivePage(page, 1 + (int)(page % 8), page * 3));
        Assert.That(ledger.Totals.Available, Is.Zero);
        random.Shuffle(order);
        foreach (ulong page in order)
        {
            PageState state = State(ledger, page);
            Assert.That((state.Holder, state.Frame), Is.EqualTo((1 + (int)(page % 8), page * 3)));
        }
        foreach (ulong page in order) Ok(ledger.GiveBack(page, 1 + (int)(page % 8)));
        Assert.That(ledger.Host.Freed.Select(f => f.Page), Is.EqualTo(order));
        Assert.That(ledger.Totals.InUse, Is.Zero);
    }
}
