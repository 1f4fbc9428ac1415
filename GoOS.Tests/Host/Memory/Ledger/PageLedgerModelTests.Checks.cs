using GoOS.Kernel.Memory.Ledger;
using NUnit.Framework;
using static GoOS.Tests.Host.Memory.Ledger.LedgerKit;

namespace GoOS.Tests.Host.Memory.Ledger;

public partial class PageLedgerModelTests
{
    /// <summary>What TransferObject must answer, in the order of its checks: the run, the owners,
    /// then the pages from the lowest (an object of three pages or more: its first page, its
    /// interior, its last page), then a free span if one is to be made.</summary>
    private static LedgerStatus PredictTransfer(World world, int spanCapacity, ulong first, ulong count, int from, int to)
    {
        if (count == 0 || first >= HeapPages || count > HeapPages - first) return LedgerStatus.BadPage;
        foreach (int number in new[] { from, to })
        {
            if (number < 1 || number > MaximumOwner) return LedgerStatus.BadOwner;
            if (world.Serial(number) < 0) return LedgerStatus.NotLive;
        }
        if (count < 3)
        {
            for (ulong page = first; page < first + count; page++)
            {
                LedgerStatus status = PredictPageTransfer(world, page, from, to);
                if (status != LedgerStatus.Ok) return status;
            }
            return LedgerStatus.Ok;
        }
        ulong last = first + count - 1;
        LedgerStatus result = PredictPageTransfer(world, first, from, to);
        Obj span = null;
        if (result == LedgerStatus.Ok) result = PredictInterior(world, first + 1, count - 2, from, out span);
        if (result == LedgerStatus.Ok) result = PredictPageTransfer(world, last, from, to);
        if (result != LedgerStatus.Ok || from == to) return result;
        return span == null && world.SpansInUse == spanCapacity ? LedgerStatus.LedgerFull : LedgerStatus.Ok;
    }

    /// <summary>A page moved on its own: an edge page, or a page of an object of one or two pages.</summary>
    private static LedgerStatus PredictPageTransfer(World world, ulong page, int from, int to)
    {
        int fromSerial = world.Serial(from), toSerial = world.Serial(to);
        if (!world.Pages.ContainsKey(page)) return LedgerStatus.NotGiven;
        if (world.SpanOf.ContainsKey(page)) return LedgerStatus.SpanConflict;
        if (!world.OwnsAnything(page, fromSerial)) return LedgerStatus.NotOwner;
        if (from == to || world.Holds(page, toSerial)) return LedgerStatus.Ok;
        if (world.Count(page, toSerial) > 0) return world.Count(page, toSerial) < LedgerLimits.MaximumObjectsPerPage ? LedgerStatus.Ok : LedgerStatus.TooManyObjects;
        int owners = world.CountedOwners(page).Count - (world.Count(page, fromSerial) == 1 ? 1 : 0);
        return owners >= Slots ? LedgerStatus.TooManyOwners : LedgerStatus.Ok;
    }

    /// <summary>The interior [first, first + count) of an object moved or released by owner:
    /// its span if one starts there (span says which), else page by page, where owner must be
    /// the holder of every page (the object has not left the process that mapped it).</summary>
    private static LedgerStatus PredictInterior(World world, ulong first, ulong count, int owner, out Obj span)
    {
        span = null;
        int serial = world.Serial(owner);
        if (!world.Pages.ContainsKey(first)) return LedgerStatus.NotGiven;
        if (world.SpanOf.TryGetValue(first, out Obj spanned))
        {
            if (spanned.First + 1 != first || spanned.Count - 2 != count) return LedgerStatus.SpanConflict;
            span = spanned;
            return spanned.OwnerSerial == serial ? LedgerStatus.Ok : LedgerStatus.NotOwner;
        }
        for (ulong page = first; page < first + count; page++)
        {
            if (!world.Pages.ContainsKey(page)) return LedgerStatus.NotGiven;
            if (world.SpanOf.ContainsKey(page)) return LedgerStatus.SpanConflict;
            if (!world.OwnsAnything(page, serial)) return LedgerStatus.NotOwner;
            bool carriesOnlyOne = world.CountedOwners(page).All(s => s == serial) && world.Count(page, serial) <= 1;
            if (world.HolderNumber(page) != owner || !carriesOnlyOne) return LedgerStatus.SpanConflict;
        }
        return LedgerStatus.Ok;
    }

    private static LedgerStatus PredictRelease(World world, ulong first, ulong count, int owner)
    {
        if (count == 0 || first >= HeapPages || count > HeapPages - first) return LedgerStatus.BadPage;
        if (owner < 1 || owner > MaximumOwner) return LedgerStatus.BadOwner;
        if (world.Serial(owner) < 0) return LedgerStatus.NotLive;
        if (count < 3)
        {
            for (ulong page = first; page < first + count; page++)
            {
                LedgerStatus status = PredictPageRelease(world, page, owner);
                if (status != LedgerStatus.Ok) return status;
            }
            return LedgerStatus.Ok;
        }
        LedgerStatus result = PredictPageRelease(world, first, owner);
        if (result == LedgerStatus.Ok) result = PredictInterior(world, first + 1, count - 2, owner, out _);
        if (result == LedgerStatus.Ok) result = PredictPageRelease(world, first + count - 1, owner);
        return result;
    }

    private static LedgerStatus PredictPageRelease(World world, ulong page, int owner)
    {
        if (!world.Pages.ContainsKey(page)) return LedgerStatus.NotGiven;
        if (world.SpanOf.ContainsKey(page)) return LedgerStatus.SpanConflict;
        return world.OwnsAnything(page, world.Serial(owner)) ? LedgerStatus.Ok : LedgerStatus.NotOwner;
    }

    /// <summary>Brings the model up to date (pages nobody owns anything on are gone) and checks
    /// the ledger, its reports and its counts against it.</summary>
    private static void Verify(Run run)
    {
        World world = run.World;
        PageLedger<RecordingLedgerHost> ledger = run.Ledger;
        string at = $"step {run.Step}";
        world.Derive();
        HashSet<(ulong, int)> owned = world.Owned();

        // 1. Freed: exactly the pages that lost their last live owner, each once, with its frame.
        var ownedPages = owned.Select(o => o.Item1).ToHashSet();
        var freedNow = world.Pages.Where(kv => !ownedPages.Contains(kv.Key)).ToList();
        List<(ulong Page, ulong Frame)> reported = ledger.Host.Freed.Skip(run.FreedSeen).ToList();
        run.FreedSeen = ledger.Host.Freed.Count;
        Assert.That(reported, Is.EquivalentTo(freedNow.Select(kv => (kv.Key, kv.Value.Frame))), $"{at}: pages freed");
        foreach ((ulong page, _) in reported) Assert.That(run.ReportedFree.Add(page), Is.True, $"{at}: page {page} freed twice");
        foreach ((ulong page, _) in freedNow) world.Pages.Remove(page);

        // 2. Left: each live owner that stopped owning anything on a page, once; and a page's
        //    last owner hears it left before the page is reported freed.
        var left = run.OwnedBefore.Except(owned).Where(o => world.Processes[o.Item2].Live)
            .Select(o => (o.Item1, world.Processes[o.Item2].Number)).OrderBy(o => o).ToList();
        var reportedLeft = ledger.Host.Left.Skip(run.LeftSeen).OrderBy(o => o).ToList();
        run.LeftSeen = ledger.Host.Left.Count;
        Assert.That(reportedLeft, Is.EqualTo(left), $"{at}: owners that left");
        run.OwnedBefore = owned;
        var freedSoFar = new HashSet<ulong>();
        foreach ((bool freed, ulong page) in ledger.Host.Order.Skip(run.OrderSeen))
            if (freed) freedSoFar.Add(page);
            else if (freedSoFar.Contains(page)) Assert.Fail($"{at}: page {page} reported left after it was freed");
        run.OrderSeen = ledger.Host.Order.Count;

        // 3. A page of the universe is in use exactly when a live process owns something on it,
        //    and the pages reported free are exactly the others that were ever given. (Plain
        //    comparisons in the loops: an Assert per page would make the run minutes long.)
        foreach (ulong page in run.Universe)
        {
            bool given = world.Pages.ContainsKey(page);
            if (ledger.TryGetPage(page, out _) != given || ledger.IsInUse(page) != given) Assert.Fail($"{at}: page {page} in use: model says {given}");
            if (run.ReportedFree.Contains(page) != (run.EverGiven.Contains(page) && !given)) Assert.Fail($"{at}: page {page} reported free: model says {!given}");
        }

        // 4. Each page in use: holder, holding, frame, counted owners and their counts, dirt, sharing.
        long held = 0, shared = 0, dirty = 0;
        var perOwner = new OwnerPages[MaximumOwner + 1];
        foreach ((ulong page, Page p) in world.Pages)
        {
            List<int> counted = world.CountedOwners(page);
            bool isDirty = counted.Any(s => s != p.HolderSerial);
            bool isShared = (p.Holding ? 1 : 0) + counted.Count >= 2;
            Proc holder = world.Processes[p.HolderSerial];
            if (!holder.Live) run.OrphanedPages++;
            else if (!p.Holding) run.GivenBackPages++;
            ledger.TryGetPage(page, out PageState state);
            var actual = (state.Holder, state.Holding, state.Frame, state.CountedOwners, state.Dirty, state.Shared);
            var wanted = (holder.Live ? holder.Number : 0, p.Holding, p.Frame, counted.Count, isDirty, isShared);
            if (actual != wanted) Assert.Fail($"{at}: page {page} is {actual}, model says {wanted}");
            foreach (int serial in counted)
            {
                Proc owner = world.Processes[serial];
                int objects = ledger.CountedObjects(page, owner.Number);
                if (objects != world.Count(page, serial)) Assert.Fail($"{at}: {objects} objects of {owner.Number} on page {page}, model says {world.Count(page, serial)}");
                perOwner[owner.Number].Foreign++;
                if (isShared) perOwner[owner.Number].Shared++;
            }
            if (p.Holding)
            {
                if (ledger.CountedObjects(page, holder.Number) != 0) Assert.Fail($"{at}: holder counted on page {page}");
                perOwner[holder.Number].Held++;
                if (isShared) perOwner[holder.Number].Shared++;
                if (isDirty) perOwner[holder.Number].DirtyHeld++;
                held++;
            }
            if (isShared) shared++;
            if (isDirty) dirty++;
        }

        // 5. The totals and every owner's counts.
        LedgerTotals totals = ledger.Totals;
        long inUse = world.Pages.Count;
        run.MaxInUse = Math.Max(run.MaxInUse, inUse);
        Assert.That((totals.InUse, totals.Held, totals.Shared, totals.Dirty, totals.Free, totals.Available, totals.Freed),
            Is.EqualTo((inUse, held, shared, dirty, (long)HeapPages - inUse, Capacity - inUse, (long)run.FreedSeen)), $"{at}: totals");
        for (int number = 1; number <= MaximumOwner; number++)
        {
            Assert.That(ledger.IsLive(number), Is.EqualTo(world.LiveByNumber[number] != null), $"{at}: owner {number} live");
            Assert.That(ledger.CountPages(number, out OwnerPages pages), Is.EqualTo(LedgerStatus.Ok));
            OwnerPages expected = perOwner[number];
            Assert.That((pages.Held, pages.Foreign, pages.Shared, pages.DirtyHeld), Is.EqualTo((expected.Held, expected.Foreign, expected.Shared, expected.DirtyHeld)), $"{at}: pages of owner {number}");
        }
    }
}
