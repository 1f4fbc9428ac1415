using GoOS.Kernel.Memory.Ledger;
using NUnit.Framework;
using static GoOS.Tests.Host.Memory.Ledger.LedgerKit;

namespace GoOS.Tests.Host.Memory.Ledger;

/// <summary>Every structure is bounded: a full ledger, a page with all owner slots taken and a
/// count at its limit answer with a status and change nothing; and nothing allocates after the
/// ledger is made.</summary>
public class PageLedgerLimitTests
{
    [Test]
    public void AFullLedgerRefusesAndTakesPagesAgainOnceOneIsFreed()
    {
        var ledger = Make(capacity: 3);
        for (ulong page = 0; page < 3; page++) Ok(ledger.GivePage(page * 1000, 1, 0));
        LedgerStatus status = LedgerStatus.Ok;
        Assert.DoesNotThrow(() => status = ledger.GivePage(5, 2, 0));
        Assert.That(status, Is.EqualTo(LedgerStatus.LedgerFull));
        Assert.That(ledger.TryGetPage(5, out _), Is.False);
        Assert.That(ledger.Totals.Available, Is.Zero);
        Assert.That(ledger.GivePage(1000, 2, 0), Is.EqualTo(LedgerStatus.AlreadyGiven), "a page in use is named as such even when full");
        Ok(ledger.GiveBack(1000, 1));
        Ok(ledger.GivePage(5, 2, 0));
    }

    [Test]
    public void APageHasAFixedNumberOfCountedOwners()
    {
        const int Slots = LedgerLimits.OwnerSlotsPerPage;
        var ledger = Make(maximumOwner: Slots + 3, started: Slots + 3);
        Ok(ledger.GivePage(1, 1, 0));
        for (int owner = 2; owner < 2 + Slots; owner++) Ok(ledger.TransferObject(1, 1, 1, owner));
        int stranger = 2 + Slots;
        Assert.That(ledger.TransferObject(1, 1, 1, stranger), Is.EqualTo(LedgerStatus.TooManyOwners));
        Ok(ledger.TransferObject(1, 1, 1, 2));
        Ok(ledger.TransferObject(1, 1, 1, 1));
        Assert.That(ledger.TransferObject(1, 1, 2, stranger), Is.EqualTo(LedgerStatus.TooManyOwners), "owner 2 keeps a second object there");
        Ok(ledger.TransferObject(1, 1, 3, stranger));
        Assert.That((ledger.CountedObjects(1, 3), ledger.CountedObjects(1, stranger)), Is.EqualTo((0, 1)), "the sender's slot went to the receiver");
        Ok(ledger.TransferObject(1, 1, 4, 1));
        Ok(ledger.TransferObject(1, 1, 1, stranger + 1));
        Assert.That(State(ledger, 1).CountedOwners, Is.EqualTo(Slots));
    }

    [Test]
    public void ARefusedTransferOfAManyPageObjectChangesNoPage()
    {
        const int Slots = LedgerLimits.OwnerSlotsPerPage;
        var ledger = Make(maximumOwner: Slots + 3, started: Slots + 3);
        Ok(ledger.GivePage(1, 1, 0));
        Ok(ledger.GivePage(2, 1, 0));
        for (int owner = 2; owner < 2 + Slots; owner++) Ok(ledger.TransferObject(2, 1, 1, owner));
        Assert.That(ledger.TransferObject(1, 2, 1, 2 + Slots), Is.EqualTo(LedgerStatus.TooManyOwners));
        Assert.That(State(ledger, 1).CountedOwners, Is.Zero);
        Assert.That(ledger.Totals.Dirty, Is.EqualTo(1));
    }

    [Test]
    public void ACountAtItsLimitRefusesMore()
    {
        var ledger = Make();
        Ok(ledger.GivePage(1, 1, 0));
        for (int i = 0; i < LedgerLimits.MaximumObjectsPerPage; i++) Ok(ledger.TransferObject(1, 1, 1, 2));
        Assert.That(ledger.TransferObject(1, 1, 1, 2), Is.EqualTo(LedgerStatus.TooManyObjects));
        Ok(ledger.GivePage(2, 3, 0));
        Ok(ledger.TransferObject(2, 1, 3, 2));
        Assert.That(ledger.TransferObject(1, 2, 1, 2), Is.EqualTo(LedgerStatus.TooManyObjects));
        Assert.That(ledger.CountedObjects(2, 2), Is.EqualTo(1));
        Ok(ledger.ReleaseObject(1, 1, 2));
        Ok(ledger.TransferObject(1, 1, 1, 2));
    }

    [Test]
    public void NoOperationAllocatesAfterTheLedgerIsMade()
    {
        var ledger = new PageLedger<CountingLedgerHost>(HeapPages, capacity: 64, maximumOwner: 8, default);
        long sink = 0;

        void Round()
        {
            for (int owner = 1; owner <= 6; owner++) ledger.ProcessStarted(owner);
            for (ulong page = 0; page < 64; page++) ledger.GivePage(page * 65537, 1 + (int)(page % 3), page);
            ledger.GivePage(99, 1, 0);
            for (ulong page = 0; page < 60; page += 3) ledger.TransferObject(page * 65537, 1, 1 + (int)(page % 3), 4);
            // Owners 4, 2, 3, 5 fill page 0's slots; 6 is refused (TooManyOwners) and 7 has not started.
            for (int owner = 2; owner <= 7; owner++) ledger.TransferObject(0, 1, 1, owner);
            ledger.ReleaseObject(3 * 65537, 1, 4);
            ledger.GiveBack(6 * 65537, 1);
            LedgerTotals totals = ledger.Totals;
            ledger.CountPages(4, out OwnerPages pages);
            ledger.TryGetPage(0, out PageState state);
            sink += totals.InUse + pages.Owned + state.CountedOwners + ledger.CountedObjects(0, 6);
            for (int owner = 1; owner <= 6; owner++) ledger.ProcessEnded(owner);
        }

        Round();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 200; i++) Round();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(allocated, Is.Zero);
        Assert.That(ledger.Host.Freed, Is.EqualTo(201 * 64), "every round gave and freed every page");
        Assert.That(ledger.Totals.InUse, Is.Zero);
        Assert.That(sink, Is.GreaterThan(0));
    }
}
