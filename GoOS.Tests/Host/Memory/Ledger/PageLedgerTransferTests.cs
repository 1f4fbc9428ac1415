using GoOS.Kernel.Memory.Ledger;
using NUnit.Framework;
using static GoOS.Tests.Host.Memory.Ledger.LedgerKit;

namespace GoOS.Tests.Host.Memory.Ledger;

/// <summary>Sending and releasing objects: a receiver is counted on every page the object covers,
/// a page is dirty while someone other than its holder owns objects on it, and a dirty page lives
/// exactly as long as one of its owners.</summary>
public class PageLedgerTransferTests
{
    [Test]
    public void ASentObjectIsCountedOnEveryPageItCoversAndMakesThemDirty()
    {
        var ledger = Make();
        for (ulong page = 10; page < 13; page++) Ok(ledger.GivePage(page, 1, page));
        Ok(ledger.TransferObject(10, 2, from: 1, to: 2));
        Ok(ledger.TransferObject(11, 2, from: 1, to: 2));
        Assert.That(new[] { ledger.CountedObjects(10, 2), ledger.CountedObjects(11, 2), ledger.CountedObjects(12, 2) }, Is.EqualTo(new[] { 1, 2, 1 }));
        Assert.That(ledger.CountedObjects(10, 1), Is.Zero, "the holder is not counted");
        PageState state = State(ledger, 11);
        Assert.That((state.Holder, state.Holding, state.CountedOwners, state.Dirty, state.Shared), Is.EqualTo((1, true, 1, true, true)));
        LedgerTotals totals = ledger.Totals;
        Assert.That((totals.InUse, totals.Held, totals.Shared, totals.Dirty), Is.EqualTo((3L, 3L, 3L, 3L)));
        OwnerPages holder = Pages(ledger, 1), receiver = Pages(ledger, 2);
        Assert.That((holder.Held, holder.Foreign, holder.Shared, holder.DirtyHeld), Is.EqualTo((3L, 0L, 3L, 3L)));
        Assert.That((receiver.Held, receiver.Foreign, receiver.Shared, receiver.DirtyHeld), Is.EqualTo((0L, 3L, 3L, 0L)));
    }

    [Test]
    public void ReleasingTheLastForeignObjectCleansThePageButTheHolderKeepsIt()
    {
        var ledger = Make();
        Ok(ledger.GivePage(10, 1, 0));
        Ok(ledger.TransferObject(10, 1, 1, 2));
        Ok(ledger.TransferObject(10, 1, 1, 2));
        Ok(ledger.ReleaseObject(10, 1, 2));
        Assert.That(ledger.Host.Left, Is.Empty);
        Ok(ledger.ReleaseObject(10, 1, 2));
        Assert.That(ledger.Host.Left, Is.EqualTo(new[] { (10UL, 2) }));
        Assert.That(ledger.Host.Freed, Is.Empty);
        PageState state = State(ledger, 10);
        Assert.That((state.Holding, state.Dirty, state.Shared), Is.EqualTo((true, false, false)));
        Assert.That(ledger.ReleaseObject(10, 1, 2), Is.EqualTo(LedgerStatus.NotOwner));
    }

    [Test]
    public void ADirtyPageOutlivesItsHolderGivingItBackUntilTheLastObjectGoes()
    {
        var ledger = Make();
        Ok(ledger.GivePage(10, 1, 0xA000));
        Ok(ledger.GivePage(11, 1, 0xB000));
        Ok(ledger.TransferObject(10, 2, 1, 2));
        Ok(ledger.TransferObject(11, 1, 2, 3));
        Ok(ledger.GiveBack(10, 1));
        Ok(ledger.GiveBack(11, 1));
        Assert.That(ledger.Host.Freed, Is.Empty, "others own objects on both");
        PageState state = State(ledger, 11);
        Assert.That((state.Holder, state.Holding, state.Dirty, state.Shared), Is.EqualTo((1, false, true, false)), "one owner, not the holder");
        Assert.That(ledger.Totals.Held, Is.Zero);
        Assert.That(ledger.Totals.Dirty, Is.EqualTo(2));
        Assert.That(Pages(ledger, 1).Owned, Is.Zero);

        Ok(ledger.ReleaseObject(10, 1, 2));
        Assert.That(ledger.Host.Freed, Is.EqualTo(new[] { (10UL, 0xA000UL) }));
        Assert.That(ledger.Host.Left.Last(), Is.EqualTo((10UL, 2)), "the owner hears it left before the page is freed");
        Ok(ledger.ReleaseObject(11, 1, 3));
        Assert.That(ledger.Host.Freed, Is.EqualTo(new[] { (10UL, 0xA000UL), (11UL, 0xB000UL) }));
        Assert.That(ledger.Totals.InUse, Is.Zero);
        Assert.That(ledger.Totals.Dirty, Is.Zero);
    }

    [Test]
    public void AnObjectBackWithItsHoldingHolderIsItsOwnAgain()
    {
        var ledger = Make();
        Ok(ledger.GivePage(10, 1, 0));
        Ok(ledger.TransferObject(10, 1, 1, 2));
        Ok(ledger.TransferObject(10, 1, 2, 1));
        PageState state = State(ledger, 10);
        Assert.That((state.CountedOwners, state.Dirty), Is.EqualTo((0, false)));
        Assert.That(ledger.Host.Left, Is.EqualTo(new[] { (10UL, 2) }));
        Ok(ledger.GiveBack(10, 1));
        Assert.That(ledger.Host.Freed.Count, Is.EqualTo(1), "nothing was counted, so giving back frees it");
    }

    [Test]
    public void AnObjectBackWithItsHolderAfterGiveBackIsCountedAndCleanAndKeepsThePage()
    {
        var ledger = Make();
        Ok(ledger.GivePage(10, 1, 0));
        Ok(ledger.TransferObject(10, 1, 1, 2));
        Ok(ledger.GiveBack(10, 1));
        Ok(ledger.TransferObject(10, 1, 2, 1));
        PageState state = State(ledger, 10);
        Assert.That((state.Holder, state.Holding, state.CountedOwners, state.Dirty), Is.EqualTo((1, false, 1, false)), "its first holder is no stranger");
        Assert.That(ledger.CountedObjects(10, 1), Is.EqualTo(1));
        Assert.That(Pages(ledger, 1).Foreign, Is.EqualTo(1));
        Assert.That(ledger.GiveBack(10, 1), Is.EqualTo(LedgerStatus.NotHolder));
        Ok(ledger.ReleaseObject(10, 1, 1));
        Assert.That(ledger.Host.Freed.Count, Is.EqualTo(1));
    }

    [Test]
    public void ObjectsMoveOnBetweenForeignOwners()
    {
        var ledger = Make();
        Ok(ledger.GivePage(10, 1, 0));
        Ok(ledger.TransferObject(10, 1, 1, 2));
        Ok(ledger.TransferObject(10, 1, 2, 3));
        Assert.That((ledger.CountedObjects(10, 2), ledger.CountedObjects(10, 3)), Is.EqualTo((0, 1)));
        Assert.That(ledger.Host.Left, Is.EqualTo(new[] { (10UL, 2) }));
        Ok(ledger.TransferObject(10, 1, 3, 3));
        Assert.That(ledger.CountedObjects(10, 3), Is.EqualTo(1), "sending to oneself changes nothing");
        Assert.That(ledger.TransferObject(10, 1, 2, 3), Is.EqualTo(LedgerStatus.NotOwner));
    }

    [Test]
    public void AFailingPageRefusesTheWholeObject()
    {
        var ledger = Make();
        Ok(ledger.GivePage(10, 1, 0));
        Ok(ledger.GivePage(11, 1, 0));
        Ok(ledger.GivePage(12, 2, 0));
        Assert.That(ledger.TransferObject(10, 3, 1, 3), Is.EqualTo(LedgerStatus.NotOwner), "page 12 is not owner 1's");
        Assert.That(ledger.TransferObject(11, 3, 1, 3), Is.EqualTo(LedgerStatus.NotOwner), "the first failing page names the status");
        Assert.That(ledger.TransferObject(10, 4, 1, 3), Is.EqualTo(LedgerStatus.NotOwner));
        Assert.That(ledger.TransferObject(12, 2, 2, 3), Is.EqualTo(LedgerStatus.NotGiven), "page 13 is not in use");
        Assert.That(ledger.ReleaseObject(9, 2, 1), Is.EqualTo(LedgerStatus.NotGiven));
        Assert.That(ledger.TransferObject(10, 0, 1, 3), Is.EqualTo(LedgerStatus.BadPage));
        Assert.That(ledger.TransferObject(HeapPages - 1, 2, 1, 3), Is.EqualTo(LedgerStatus.BadPage));
        Assert.That(ledger.TransferObject(10, ulong.MaxValue, 1, 3), Is.EqualTo(LedgerStatus.BadPage));
        Assert.That(ledger.TransferObject(10, 1, 1, 9), Is.EqualTo(LedgerStatus.BadOwner));
        Assert.That(ledger.TransferObject(10, 1, 0, 2), Is.EqualTo(LedgerStatus.BadOwner));
        Assert.That(ledger.ReleaseObject(10, 1, 9), Is.EqualTo(LedgerStatus.BadOwner));
        for (ulong page = 10; page < 13; page++) Assert.That(State(ledger, page).CountedOwners, Is.Zero);
        Assert.That(ledger.Totals.Dirty, Is.Zero);
        Assert.That(ledger.Host.Left, Is.Empty);
    }
}
