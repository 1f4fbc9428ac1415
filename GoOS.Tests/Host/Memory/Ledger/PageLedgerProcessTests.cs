using GoOS.Kernel.Memory.Ledger;
using NUnit.Framework;
using static GoOS.Tests.Host.Memory.Ledger.LedgerKit;

namespace GoOS.Tests.Host.Memory.Ledger;

/// <summary>Processes coming and going: an ending process's ownership is dropped at once, pages
/// nobody else owns anything on are freed, and its owner number starts afresh.</summary>
public class PageLedgerProcessTests
{
    [Test]
    public void OnlyStartedProcessesTakePartAndStartingTwiceIsRefused()
    {
        var ledger = Make(maximumOwner: 4, started: 0);
        Assert.That(ledger.IsLive(1), Is.False);
        Assert.That(ledger.GivePage(1, 1, 0), Is.EqualTo(LedgerStatus.NotLive));
        Assert.That(ledger.ProcessEnded(1), Is.EqualTo(LedgerStatus.NotLive));
        Ok(ledger.ProcessStarted(1));
        Assert.That(ledger.ProcessStarted(1), Is.EqualTo(LedgerStatus.AlreadyLive));
        Assert.That(ledger.ProcessStarted(0), Is.EqualTo(LedgerStatus.BadOwner));
        Assert.That(ledger.ProcessStarted(5), Is.EqualTo(LedgerStatus.BadOwner));
        Assert.That(ledger.IsLive(1), Is.True);
        Ok(ledger.GivePage(1, 1, 0));
        Assert.That(ledger.TransferObject(1, 1, 1, 2), Is.EqualTo(LedgerStatus.NotLive), "no sending to a process that is not there");
    }

    [Test]
    public void EndingFreesItsCleanPagesAndDropsItsForeignObjects()
    {
        var ledger = Make();
        Ok(ledger.GivePage(1, 1, 0x1000));
        Ok(ledger.GivePage(2, 1, 0x2000));
        Ok(ledger.GivePage(3, 2, 0x3000));
        Ok(ledger.TransferObject(3, 1, 2, 1));
        Ok(ledger.TransferObject(3, 1, 2, 1));
        Ok(ledger.ProcessEnded(1));
        Assert.That(ledger.Host.Freed, Is.EquivalentTo(new[] { (1UL, 0x1000UL), (2UL, 0x2000UL) }));
        Assert.That(ledger.Host.Left, Is.Empty, "the ended process's whole space goes; nothing is reported per page");
        Assert.That(ledger.CountedObjects(3, 1), Is.Zero);
        PageState state = State(ledger, 3);
        Assert.That((state.Holder, state.Holding, state.CountedOwners, state.Dirty), Is.EqualTo((2, true, 0, false)));
        Assert.That(ledger.IsLive(1), Is.False);
        Assert.That(Pages(ledger, 1).Owned, Is.Zero);
        Assert.That(ledger.ReleaseObject(3, 1, 1), Is.EqualTo(LedgerStatus.NotLive));
        LedgerTotals totals = ledger.Totals;
        Assert.That((totals.InUse, totals.Held, totals.Shared, totals.Dirty, totals.Freed), Is.EqualTo((1L, 1L, 0L, 0L, 2L)));
    }

    [Test]
    public void ADirtyPageLivesExactlyAsLongAsAnOwnerDoes()
    {
        var ledger = Make();
        Ok(ledger.GivePage(1, 1, 0x1000));
        Ok(ledger.TransferObject(1, 1, 1, 2));
        Ok(ledger.TransferObject(1, 1, 1, 3));
        Ok(ledger.ProcessEnded(1));
        PageState state = State(ledger, 1);
        Assert.That((state.Holder, state.Holding, state.CountedOwners, state.Dirty, state.Shared), Is.EqualTo((0, false, 2, true, true)));
        Ok(ledger.ProcessEnded(2));
        Assert.That(ledger.Host.Freed, Is.Empty, "owner 3 still has its object there");
        Assert.That(State(ledger, 1).Shared, Is.False);
        Ok(ledger.ProcessEnded(3));
        Assert.That(ledger.Host.Freed, Is.EqualTo(new[] { (1UL, 0x1000UL) }));
        Assert.That(ledger.Totals.InUse, Is.Zero);
        Assert.That(ledger.Totals.Dirty, Is.Zero);
    }

    [Test]
    public void AReusedOwnerNumberIsAStrangerToItsPredecessorsPages()
    {
        var ledger = Make();
        Ok(ledger.GivePage(1, 1, 0));
        Ok(ledger.TransferObject(1, 1, 1, 2));
        Ok(ledger.GiveBack(1, 1));
        Ok(ledger.ProcessEnded(1));
        Assert.That(State(ledger, 1).Holder, Is.Zero, "the holder has ended");
        Ok(ledger.ProcessStarted(1));
        Assert.That(Pages(ledger, 1).Owned, Is.Zero);
        Ok(ledger.TransferObject(1, 1, 2, 1));
        PageState state = State(ledger, 1);
        Assert.That((state.CountedOwners, state.Dirty), Is.EqualTo((1, true)), "the new owner 1 is not the page's holder");
        Assert.That(ledger.GiveBack(1, 1), Is.EqualTo(LedgerStatus.NotHolder));
        Ok(ledger.ReleaseObject(1, 1, 1));
        Assert.That(ledger.Host.Freed.Count, Is.EqualTo(1));
    }

    [Test]
    public void EndingAHolderThatGotItsObjectsBackFreesEachPageOnce()
    {
        var ledger = Make();
        for (ulong page = 1; page <= 4; page++) Ok(ledger.GivePage(page, 1, page));
        Ok(ledger.TransferObject(4, 1, 1, 3));
        Ok(ledger.TransferObject(1, 4, 1, 2));
        for (ulong page = 1; page <= 4; page++) Ok(ledger.GiveBack(page, 1));
        Ok(ledger.TransferObject(1, 4, 2, 1));
        Ok(ledger.ProcessEnded(1));
        Assert.That(ledger.Host.Freed.Select(f => f.Page), Is.EquivalentTo(new[] { 1UL, 2UL, 3UL }));
        Assert.That(State(ledger, 4).CountedOwners, Is.EqualTo(1), "owner 3's small object keeps page 4");
        Assert.That(ledger.Totals.InUse, Is.EqualTo(1));
    }

    [Test]
    public void EndingOneProcessLeavesEveryOtherProcessesPagesAlone()
    {
        var ledger = Make(capacity: 4096);
        for (ulong page = 0; page < 4000; page++) Ok(ledger.GivePage(page * 97, 2 + (int)(page % 3), page));
        Ok(ledger.GivePage(5, 1, 0));
        Ok(ledger.TransferObject(97, 1, 3, 1));
        Ok(ledger.ProcessEnded(1));
        Assert.That(ledger.Host.Freed, Is.EqualTo(new[] { (5UL, 0UL) }));
        Assert.That(ledger.Totals.InUse, Is.EqualTo(4000));
        Assert.That(ledger.Totals.Dirty, Is.Zero);
        Assert.That(Pages(ledger, 3).Held, Is.EqualTo(1333));
    }
}
