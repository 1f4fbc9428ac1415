using GoOS.Kernel.Memory.Ledger;
using NUnit.Framework;
using static GoOS.Tests.Host.Memory.Ledger.LedgerKit;

namespace GoOS.Tests.Host.Memory.Ledger;

/// <summary>Large objects: the interior pages of an object of three pages or more move as one
/// span, so sending it on costs the same whatever its size, while every page looks exactly as
/// if it were counted page by page.</summary>
public class PageLedgerSpanTests
{
    /// <summary>Gives the pages [first, first + pages) to holder, frames equal to page numbers.</summary>
    private static void GiveRun(PageLedger<RecordingLedgerHost> ledger, ulong first, ulong pages, int holder)
    {
        for (ulong page = first; page < first + pages; page++) Ok(ledger.GivePage(page, holder, page));
    }

    private static (long, long, long, long, long) TotalsOf(PageLedger<RecordingLedgerHost> ledger)
    {
        LedgerTotals totals = ledger.Totals;
        return (totals.InUse, totals.Held, totals.Shared, totals.Dirty, totals.Freed);
    }

    [Test]
    public void TheFirstSendOfALargeObjectCountsItsReceiverOnEveryPage()
    {
        var ledger = Make();
        GiveRun(ledger, 10, 5, 1);
        Ok(ledger.TransferObject(10, 5, 1, 2));
        for (ulong page = 10; page < 15; page++)
        {
            PageState state = State(ledger, page);
            Assert.That((state.Holder, state.Holding, state.CountedOwners, state.Dirty, state.Shared), Is.EqualTo((1, true, 1, true, true)), $"page {page}");
            Assert.That((ledger.CountedObjects(page, 2), ledger.CountedObjects(page, 1)), Is.EqualTo((1, 0)));
            Assert.That(ledger.IsInUse(page), Is.True);
        }
        Assert.That(ledger.IsInUse(15), Is.False);
        Assert.That(ledger.IsInUse(HeapPages), Is.False);
        Assert.That(TotalsOf(ledger), Is.EqualTo((5L, 5L, 5L, 5L, 0L)));
        OwnerPages receiver = Pages(ledger, 2), holder = Pages(ledger, 1);
        Assert.That((receiver.Held, receiver.Foreign, receiver.Shared, receiver.DirtyHeld), Is.EqualTo((0L, 5L, 5L, 0L)));
        Assert.That((holder.Held, holder.Foreign, holder.Shared, holder.DirtyHeld), Is.EqualTo((5L, 0L, 5L, 5L)));
        Assert.That(ledger.Host.Runs, Is.Empty, "the holder keeps its pages");
    }

    [Test]
    public void ALargeObjectMovesBetweenNonHoldersWithOneReportForItsInterior()
    {
        const ulong First = 1000, Pages257 = 257;
        var ledger = Make(capacity: 300);
        GiveRun(ledger, First, Pages257, 1);
        Ok(ledger.TransferObject(First, Pages257, 1, 2));
        var steady = TotalsOf(ledger);
        for (int round = 0; round < 100; round++)
        {
            (int from, int to) = round % 2 == 0 ? (2, 3) : (3, 2);
            int before = ledger.Host.Runs.Count;
            Ok(ledger.TransferObject(First, Pages257, from, to));
            Assert.That(ledger.Host.Runs.Skip(before), Is.EqualTo(new[]
            {
                (First, 1UL, from), (First + 1, Pages257 - 2, from), (First + Pages257 - 1, 1UL, from),
            }), "one report per edge page and one for the interior");
            Assert.That(ledger.Host.Freed, Is.Empty);
            Assert.That(TotalsOf(ledger), Is.EqualTo(steady));
            Assert.That(ledger.CountedObjects(First + 128, to), Is.EqualTo(1));
            Assert.That(ledger.CountedObjects(First + 128, from), Is.Zero);
        }
        Assert.That(Pages(ledger, 2).Foreign, Is.EqualTo(257), "owner 2 has it after an even number of sends");
        Assert.That(Pages(ledger, 3).Owned, Is.Zero);
    }

    [Test]
    public void ALargeObjectBackWithTheHolderOfItsPagesIsItsOwnAgain()
    {
        var ledger = Make();
        GiveRun(ledger, 10, 5, 1);
        Ok(ledger.TransferObject(10, 5, 1, 2));
        Ok(ledger.TransferObject(10, 5, 2, 1));
        Assert.That(ledger.Host.Runs, Is.EqualTo(new[] { (10UL, 1UL, 2), (11UL, 3UL, 2), (14UL, 1UL, 2) }));
        for (ulong page = 10; page < 15; page++)
        {
            PageState state = State(ledger, page);
            Assert.That((state.Holding, state.CountedOwners, state.Dirty, state.Shared), Is.EqualTo((true, 0, false, false)), $"page {page}");
        }
        Assert.That(TotalsOf(ledger), Is.EqualTo((5L, 5L, 0L, 0L, 0L)));

        // A second trip moves the span it kept (the holder leaves no page: it holds them all),
        // and giving the pages back after it came home frees them.
        Ok(ledger.TransferObject(10, 5, 1, 3));
        Assert.That(ledger.Host.Runs, Has.Count.EqualTo(3), "the holder keeps its pages mapped");
        Ok(ledger.TransferObject(10, 5, 3, 1));
        Assert.That(ledger.Host.Runs.Skip(3), Is.EqualTo(new[] { (10UL, 1UL, 3), (11UL, 3UL, 3), (14UL, 1UL, 3) }));
        for (ulong page = 10; page < 15; page++) Ok(ledger.GiveBack(page, 1));
        Assert.That(ledger.Host.Freed.Select(f => f.Page), Is.EqualTo(new[] { 10UL, 11UL, 12UL, 13UL, 14UL }));
        Assert.That(TotalsOf(ledger), Is.EqualTo((0L, 0L, 0L, 0L, 5L)));
    }

    [Test]
    public void ALargeObjectBackWithAHolderThatGaveSomePagesBackIsCountedOnThoseOnly()
    {
        var ledger = Make();
        GiveRun(ledger, 10, 5, 1);
        Ok(ledger.TransferObject(10, 5, 1, 2));
        Ok(ledger.GiveBack(11, 1));
        Ok(ledger.GiveBack(13, 1));
        Assert.That(TotalsOf(ledger), Is.EqualTo((5L, 3L, 3L, 5L, 0L)));
        Ok(ledger.TransferObject(10, 5, 2, 1));
        Assert.That(new[] { 11UL, 12UL, 13UL }.Select(p => ledger.CountedObjects(p, 1)), Is.EqualTo(new[] { 1, 0, 1 }));
        Assert.That(TotalsOf(ledger), Is.EqualTo((5L, 3L, 0L, 0L, 0L)), "its own pages, held or not, are clean");

        // Sent again: the given-back pages are left, in runs, and the span is made anew.
        int before = ledger.Host.Runs.Count;
        Ok(ledger.TransferObject(10, 5, 1, 3));
        Assert.That(ledger.Host.Runs.Skip(before), Is.EqualTo(new[] { (11UL, 1UL, 1), (13UL, 1UL, 1) }));
        Assert.That(TotalsOf(ledger), Is.EqualTo((5L, 3L, 3L, 5L, 0L)));
        Ok(ledger.ReleaseObject(10, 5, 3));
        Assert.That(ledger.Host.Freed.Select(f => f.Page), Is.EqualTo(new[] { 11UL, 13UL }), "the pages the holder gave back");
        Assert.That(TotalsOf(ledger), Is.EqualTo((3L, 3L, 0L, 0L, 2L)));
    }

    [Test]
    public void ReleasingALargeObjectReportsItsInteriorLeftThenFreesThePagesNobodyOwns()
    {
        var ledger = Make();
        GiveRun(ledger, 10, 5, 1);
        Ok(ledger.TransferObject(14, 1, 1, 3));
        Ok(ledger.TransferObject(10, 5, 1, 2));
        for (ulong page = 10; page < 15; page++) Ok(ledger.GiveBack(page, 1));
        Assert.That(ledger.Host.Freed, Is.Empty, "others own objects on every page");
        Assert.That(TotalsOf(ledger), Is.EqualTo((5L, 0L, 1L, 5L, 0L)));
        ledger.Host.Order.Clear();
        Ok(ledger.ReleaseObject(10, 5, 2));
        Assert.That(ledger.Host.Order, Is.EqualTo(new[]
        {
            (false, 10UL), (true, 10UL),
            (false, 11UL), (false, 12UL), (false, 13UL), (true, 11UL), (true, 12UL), (true, 13UL),
            (false, 14UL),
        }));
        Assert.That(ledger.Host.Runs.Last(), Is.EqualTo((14UL, 1UL, 2)));
        Assert.That(State(ledger, 14).CountedOwners, Is.EqualTo(1), "owner 3's small object keeps page 14");
        Assert.That(TotalsOf(ledger), Is.EqualTo((1L, 0L, 0L, 1L, 4L)));
        Assert.That(ledger.ReleaseObject(10, 5, 2), Is.EqualTo(LedgerStatus.NotGiven));
    }

    [Test]
    public void EndingTheOwnerOfASpanFreesOnlyThePagesNobodyElseOwns()
    {
        var ledger = Make();
        GiveRun(ledger, 10, 10, 1);
        Ok(ledger.TransferObject(10, 10, 1, 2));
        for (ulong page = 12; page < 16; page++) Ok(ledger.GiveBack(page, 1));
        Ok(ledger.ProcessEnded(2));
        Assert.That(ledger.Host.Freed.Select(f => f.Page), Is.EquivalentTo(new[] { 12UL, 13UL, 14UL, 15UL }));
        Assert.That(ledger.Host.Runs.Where(r => r.Owner == 2), Is.Empty, "an ending process's space goes whole");
        Assert.That(TotalsOf(ledger), Is.EqualTo((6L, 6L, 0L, 0L, 4L)));
        Assert.That(Pages(ledger, 2).Owned, Is.Zero);
        Ok(ledger.ProcessStarted(2));
        Assert.That(ledger.TransferObject(10, 10, 2, 3), Is.EqualTo(LedgerStatus.NotOwner), "the object went with its owner");
    }

    [Test]
    public void ASpanOutlivesTheHolderOfItsPagesAndGoesWithItsLastOwner()
    {
        var ledger = Make();
        GiveRun(ledger, 10, 6, 1);
        Ok(ledger.TransferObject(10, 6, 1, 2));
        Ok(ledger.ProcessEnded(1));
        Assert.That(ledger.Host.Freed, Is.Empty);
        PageState state = State(ledger, 12);
        Assert.That((state.Holder, state.Holding, state.CountedOwners, state.Dirty, state.Shared), Is.EqualTo((0, false, 1, true, false)));
        Assert.That(TotalsOf(ledger), Is.EqualTo((6L, 0L, 0L, 6L, 0L)));
        Ok(ledger.ProcessStarted(1));
        Ok(ledger.TransferObject(10, 6, 2, 1));
        Assert.That(State(ledger, 12).Dirty, Is.True, "the new owner 1 is not the pages' holder");
        Assert.That(Pages(ledger, 1).Foreign, Is.EqualTo(6));
        Assert.That(TotalsOf(ledger), Is.EqualTo((6L, 0L, 0L, 6L, 0L)));
        Ok(ledger.ProcessEnded(1));
        Assert.That(ledger.Host.Freed.Select(f => f.Page), Is.EquivalentTo(new[] { 10UL, 11UL, 12UL, 13UL, 14UL, 15UL }));
        Assert.That(TotalsOf(ledger), Is.EqualTo((0L, 0L, 0L, 0L, 6L)));
    }

    [Test]
    public void OverlappingRunsAreRefusedAndChangeNothing()
    {
        var ledger = Make();
        GiveRun(ledger, 10, 11, 1);
        Ok(ledger.TransferObject(10, 5, 1, 2));
        Ok(ledger.TransferObject(17, 1, 1, 3));
        var before = Snapshot(ledger);

        Assert.That(ledger.TransferObject(12, 1, 2, 3), Is.EqualTo(LedgerStatus.SpanConflict), "a small object inside the span");
        Assert.That(ledger.TransferObject(11, 2, 1, 3), Is.EqualTo(LedgerStatus.SpanConflict));
        Assert.That(ledger.TransferObject(10, 6, 2, 3), Is.EqualTo(LedgerStatus.SpanConflict), "a longer run over the span");
        Assert.That(ledger.TransferObject(10, 4, 2, 3), Is.EqualTo(LedgerStatus.SpanConflict), "a shorter one");
        Assert.That(ledger.TransferObject(9, 7, 2, 3), Is.EqualTo(LedgerStatus.NotGiven), "page 9 is checked first");
        Assert.That(ledger.TransferObject(12, 5, 1, 3), Is.EqualTo(LedgerStatus.SpanConflict), "an edge inside the span");
        Assert.That(ledger.TransferObject(14, 5, 1, 3), Is.EqualTo(LedgerStatus.SpanConflict), "owner 3's object on page 17 is in the interior");
        Assert.That(ledger.TransferObject(16, 4, 3, 4), Is.EqualTo(LedgerStatus.NotOwner), "owner 3 owns nothing on page 16");
        Assert.That(ledger.TransferObject(16, 3, 3, 4), Is.EqualTo(LedgerStatus.NotOwner));
        Assert.That(ledger.TransferObject(10, 5, 1, 3), Is.EqualTo(LedgerStatus.NotOwner), "the span is owner 2's");
        Assert.That(ledger.TransferObject(10, 5, 3, 4), Is.EqualTo(LedgerStatus.NotOwner));
        Assert.That(ledger.ReleaseObject(13, 1, 2), Is.EqualTo(LedgerStatus.SpanConflict));
        Assert.That(ledger.ReleaseObject(10, 5, 1), Is.EqualTo(LedgerStatus.NotOwner));
        Assert.That(ledger.ReleaseObject(11, 5, 2), Is.EqualTo(LedgerStatus.SpanConflict));
        Assert.That(Snapshot(ledger), Is.EqualTo(before));

        // An object sharing the span's last page does not overlap it.
        Ok(ledger.TransferObject(14, 3, 1, 4));
        Assert.That(State(ledger, 14).CountedOwners, Is.EqualTo(2));
        Assert.That(ledger.TransferObject(14, 5, 1, 1), Is.EqualTo(LedgerStatus.SpanConflict), "even a send to oneself is checked");
    }

    [Test]
    public void ObjectsSharingAnEdgePageEachHaveASpanUntilTheSpansRunOut()
    {
        var ledger = Make(capacity: 15);
        Assert.That(ledger.SpanCapacity, Is.EqualTo(6));
        GiveRun(ledger, 0, 15, 1);
        for (ulong first = 0; first < 12; first += 2) Ok(ledger.TransferObject(first, 3, 1, 2));
        var before = Snapshot(ledger);
        Assert.That(ledger.TransferObject(12, 3, 1, 2), Is.EqualTo(LedgerStatus.LedgerFull));
        Assert.That(Snapshot(ledger), Is.EqualTo(before));
        Assert.That(ledger.TransferObject(12, 1, 1, 2), Is.EqualTo(LedgerStatus.Ok), "small objects need no span");
        Ok(ledger.ReleaseObject(0, 3, 2));
        Ok(ledger.TransferObject(12, 3, 1, 2));
        Assert.That(ledger.CountedObjects(12, 2), Is.EqualTo(3), "the end of [10, 12], a small object and the start of [12, 14]");
    }

    [Test]
    public void LargeObjectsAllocateNothingAfterTheLedgerIsMade()
    {
        var ledger = new PageLedger<CountingLedgerHost>(HeapPages, capacity: 64, maximumOwner: 8, default);

        void Round()
        {
            for (int owner = 1; owner <= 4; owner++) ledger.ProcessStarted(owner);
            for (ulong page = 0; page < 60; page++) ledger.GivePage(1000 + page, 1, page);
            ledger.TransferObject(1000, 40, 1, 2);
            ledger.TransferObject(1000, 40, 2, 3);
            ledger.TransferObject(1000, 40, 3, 1);
            ledger.TransferObject(1039, 10, 1, 2);
            ledger.GiveBack(1045, 1);
            ledger.TransferObject(1039, 10, 2, 4);
            ledger.TransferObject(1049, 5, 1, 3);
            ledger.ReleaseObject(1049, 5, 3);
            ledger.CountPages(4, out OwnerPages pages);
            ledger.TryGetPage(1044, out PageState state);
            for (int owner = 1; owner <= 4; owner++) ledger.ProcessEnded(owner);
        }

        // Warm up past tiered compilation (its tier-up may allocate on this thread once), then
        // take the least of three measurements: a ledger that allocates does so in every one.
        for (int i = 0; i < 100; i++) Round();
        long least = long.MaxValue;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 200; i++) Round();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        Assert.That(least, Is.Zero);
        Assert.That(ledger.Host.Freed, Is.EqualTo(700 * 60), "every round gave and freed every page");
        Assert.That(ledger.Totals.InUse, Is.Zero);
    }

    /// <summary>Everything observable about pages 0..40 and owners 1..8, and every report so far.</summary>
    private static string Snapshot(PageLedger<RecordingLedgerHost> ledger)
    {
        var parts = new List<string> { TotalsOf(ledger).ToString(), ledger.Host.Runs.Count.ToString(), ledger.Host.Freed.Count.ToString() };
        for (ulong page = 0; page <= 40; page++)
        {
            ledger.TryGetPage(page, out PageState state);
            parts.Add($"{page}:{state.Holder}/{state.Holding}/{state.CountedOwners}/{state.Dirty}/{state.Shared}/" + string.Join(",", Enumerable.Range(1, 8).Select(o => ledger.CountedObjects(page, o))));
        }
        for (int owner = 1; owner <= 8; owner++)
        {
            ledger.CountPages(owner, out OwnerPages pages);
            parts.Add($"{owner}:{pages.Held}/{pages.Foreign}/{pages.Shared}/{pages.DirtyHeld}");
        }
        return string.Join(" ", parts);
    }
}
