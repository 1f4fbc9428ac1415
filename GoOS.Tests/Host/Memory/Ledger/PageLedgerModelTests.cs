using GoOS.Kernel.Memory.Ledger;
using NUnit.Framework;
using static GoOS.Tests.Host.Memory.Ledger.LedgerKit;

namespace GoOS.Tests.Host.Memory.Ledger;

/// <summary>Long random runs of processes starting, being given pages, allocating objects on them
/// (small ones sharing pages, and large ones of up to LargestObjectPages pages, all disjoint as in
/// a real heap), sending, releasing, collecting and exiting, against a model that knows only which
/// process owns which object. After every step the ledger must agree with the model: a page is in
/// use exactly while a live process holds it or owns an object on it, every other page ever given
/// has been reported freed exactly once, and every count, state and report matches.</summary>
public partial class PageLedgerModelTests
{
    private const int Capacity = 96, MaximumOwner = 10, Chunks = 8, ChunkPages = 48, MaximumObjects = 300;
    private const int Slots = LedgerLimits.OwnerSlotsPerPage;
    private const ulong PageBytes = 4096, LargestObjectPages = 40;

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(0xC0FFEE)]
    public void TheLedgerAgreesWithTheModelAfterEveryStep(int seed)
    {
        const int Steps = 25_000;
        var run = new Run(seed);
        for (run.Step = 0; run.Step < Steps; run.Step++)
        {
            int choice = run.Random.Next(100);
            if (choice < 5) Start(run);
            else if (choice < 8) Exit(run);
            else if (choice < 22) Give(run);
            else if (choice < 42) Allocate(run);
            else if (choice < 64) Send(run);
            else if (choice < 78) Release(run);
            else if (choice < 86) Collect(run);
            else if (choice < 87) Crowd(run);
            else Misuse(run);
            Verify(run);
        }

        // The run reached every rule, not just the easy ones.
        TestContext.Out.WriteLine($"max in use {run.MaxInUse}, orphaned {run.OrphanedPages}, given back {run.GivenBackPages}; " + string.Join(", ", run.Seen.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}")));
        TestContext.Out.WriteLine($"spans made {run.SpansMade}, moved {run.SpansMoved}, home to a holder holding them {run.SpansHome}, dissolved {run.SpansDissolved}");
        foreach (LedgerStatus status in new[] { LedgerStatus.Ok, LedgerStatus.AlreadyLive, LedgerStatus.AlreadyGiven, LedgerStatus.LedgerFull, LedgerStatus.TooManyOwners, LedgerStatus.NotOwner, LedgerStatus.NotHolder, LedgerStatus.NotGiven, LedgerStatus.NotLive, LedgerStatus.BadOwner, LedgerStatus.BadPage, LedgerStatus.SpanConflict })
            Assert.That(run.Seen.GetValueOrDefault(status), Is.GreaterThan(0), $"status {status} never came up");
        Assert.That(run.FreedSeen, Is.GreaterThan(1000));
        Assert.That(run.OrphanedPages, Is.GreaterThan(0), "pages outlived their holders");
        Assert.That(run.GivenBackPages, Is.GreaterThan(0), "pages outlived their holders' giving them back");
        Assert.That(run.SpansMade, Is.GreaterThan(50), "large objects were sent");
        Assert.That(run.SpansMoved, Is.GreaterThan(50), "large objects were sent on");
        Assert.That(run.SpansHome, Is.GreaterThan(5), "large objects came home to the holder of their pages");
        Assert.That(run.SpansDissolved, Is.GreaterThan(0), "large objects came home after the holder gave some pages back");
        Assert.That(run.Ledger.Totals.Freed, Is.EqualTo(run.FreedSeen));

        // When every process has ended, every page has come back.
        foreach (Proc process in run.World.LiveByNumber.Where(p => p != null).ToList()) EndProcess(run, process);
        Verify(run);
        Assert.That(run.Ledger.Totals.InUse, Is.Zero);
        Assert.That(run.ReportedFree, Is.EquivalentTo(run.EverGiven));
    }

    private static void Start(Run run)
    {
        int number = 1 + run.Random.Next(MaximumOwner);
        if (run.World.LiveByNumber[number] != null)
        {
            run.Expect(LedgerStatus.AlreadyLive, run.Ledger.ProcessStarted(number), "start a live owner");
            return;
        }
        run.Expect(LedgerStatus.Ok, run.Ledger.ProcessStarted(number), "start");
        var process = new Proc { Serial = ++run.World.NextSerial, Number = number, Live = true };
        run.World.Processes[process.Serial] = process;
        run.World.LiveByNumber[number] = process;
    }

    private static void Exit(Run run)
    {
        Proc process = run.RandomLive();
        if (process != null) EndProcess(run, process);
    }

    private static void EndProcess(Run run, Proc process)
    {
        run.Expect(LedgerStatus.Ok, run.Ledger.ProcessEnded(process.Number), "exit");
        process.Live = false;
        run.World.LiveByNumber[process.Number] = null;
        run.World.Objects.RemoveAll(o => o.OwnerSerial == process.Serial);
        foreach (Page page in run.World.Pages.Values) if (page.HolderSerial == process.Serial) page.Holding = false;
    }

    /// <summary>A live process maps one to four consecutive pages of a chunk, or now and then a
    /// block for a large object.</summary>
    private static void Give(Run run)
    {
        Proc process = run.RandomLive();
        if (process == null) return;
        int start = run.Random.Next(run.Universe.Length);
        int length = run.Random.Next(4) == 0 ? 3 + run.Random.Next((int)LargestObjectPages - 2) : 1 + run.Random.Next(4);
        for (int i = start; i < start + length && i < run.Universe.Length; i++)
        {
            ulong page = run.Universe[i];
            if (i > start && page != run.Universe[i - 1] + 1) break;
            LedgerStatus expected = run.World.Pages.ContainsKey(page) ? LedgerStatus.AlreadyGiven
                : run.World.Pages.Count == Capacity ? LedgerStatus.LedgerFull : LedgerStatus.Ok;
            ulong frame = run.NextFrame += 0x1000;
            run.Expect(expected, run.Ledger.GivePage(page, process.Number, frame), $"give page {page}");
            if (expected != LedgerStatus.Ok) continue;
            run.World.Pages[page] = new Page { HolderSerial = process.Serial, Holding = true, Frame = frame };
            run.EverGiven.Add(page);
            run.ReportedFree.Remove(page);
        }
    }

    /// <summary>A live process allocates an object on pages it holds, where no object is
    /// (nothing to tell the ledger): a small one, one of a few pages, or a large one.</summary>
    private static void Allocate(Run run)
    {
        Proc process = run.RandomLive();
        if (process == null || run.World.Objects.Count >= MaximumObjects) return;
        var held = run.World.Pages.Keys.Where(p => run.World.Holds(p, process.Serial)).ToList();
        if (held.Count == 0) return;
        int kind = run.Random.Next(10);
        for (int attempt = 0; attempt < 8; attempt++)
        {
            ulong first = held[run.Random.Next(held.Count)];
            ulong start = first * PageBytes + 16 * (ulong)run.Random.Next((int)(PageBytes / 16));
            ulong heldPages = 1;
            while (heldPages < LargestObjectPages && run.World.Holds(first + heldPages, process.Serial)) heldPages++;
            ulong room = (first + heldPages) * PageBytes - start;
            ulong reachesThirdPage = (first + 2) * PageBytes - start + 1;
            if (kind >= 8 && room < reachesThirdPage) continue;
            ulong bytes = kind < 6 ? 16 * (ulong)run.Random.Next(1, 64)
                : kind < 8 ? 16 * (ulong)run.Random.Next(64, 512)
                : reachesThirdPage + (ulong)run.Random.NextInt64((long)(room - reachesThirdPage + 1));
            if (bytes > room || !run.World.IsFree(start, bytes)) continue;
            run.World.Objects.Add(new Obj { Start = start, Bytes = bytes, OwnerSerial = process.Serial });
            return;
        }
    }

    /// <summary>A live process sends one of its objects to a live process (perhaps itself); half
    /// the time to one owning nothing on the object's first page yet, so that pages gather owners,
    /// and a large object now and then home to the holder of its pages. A large object's span,
    /// once made, moves with one report for the whole interior.</summary>
    private static void Send(Run run)
    {
        World world = run.World;
        if (world.Objects.Count == 0) return;
        Obj o = world.Objects[run.Random.Next(world.Objects.Count)];
        var strangers = world.LiveByNumber.Where(p => p != null && !world.OwnsAnything(o.First, p.Serial)).ToList();
        Proc to = strangers.Count > 0 && run.Random.Next(2) == 0 ? strangers[run.Random.Next(strangers.Count)] : run.RandomLive();
        if (o.IsLarge && run.Random.Next(4) == 0 && world.HolderNumber(o.First + 1) != 0) to = world.LiveByNumber[world.HolderNumber(o.First + 1)];
        Proc from = world.Processes[o.OwnerSerial];
        LedgerStatus expected = PredictTransfer(world, run.Ledger.SpanCapacity, o.First, o.Count, from.Number, to.Number);
        int runsBefore = run.Ledger.Host.Runs.Count;
        run.Expect(expected, run.Ledger.TransferObject(o.First, o.Count, from.Number, to.Number), $"send [{o.First}, +{o.Count}) {from.Number}->{to.Number}");
        if (expected != LedgerStatus.Ok) return;
        o.OwnerSerial = to.Serial;
        if (!o.IsLarge || from == to) return;
        bool joinsHolder = HoldsInterior(world, o, to, all: false), toHoldsAll = HoldsInterior(world, o, to, all: true);
        // A span the holder owns stands for its own object on pages it holds: it leaves none.
        if (o.Spanned && !HoldsInterior(world, o, from, all: true)) InteriorLeftAtOnce(run, o, from.Number, runsBefore);
        if (o.Spanned && joinsHolder && !toHoldsAll) run.SpansDissolved++;
        else if (o.Spanned && toHoldsAll) run.SpansHome++;
        else if (o.Spanned) run.SpansMoved++;
        else if (!joinsHolder) run.SpansMade++;
        o.Spanned = o.Spanned ? !joinsHolder || toHoldsAll : !joinsHolder;
    }

    /// <summary>Whether process holds some (all: every) interior page of the large object o.</summary>
    private static bool HoldsInterior(World world, Obj o, Proc process, bool all)
    {
        for (ulong page = o.First + 1; page < o.First + o.Count - 1; page++)
            if (world.Holds(page, process.Serial) != all) return !all;
        return all;
    }

    /// <summary>The ledger reported the interior of the spanned object o left by owner in one
    /// call, among at most two others (its edge pages), since report runsBefore.</summary>
    private static void InteriorLeftAtOnce(Run run, Obj o, int owner, int runsBefore)
    {
        var runs = run.Ledger.Host.Runs.Skip(runsBefore).ToList();
        Assert.That(runs, Has.Count.LessThanOrEqualTo(3).And.Contains((o.First + 1, o.Count - 2, owner)), $"step {run.Step}: the interior of [{o.First}, +{o.Count}) in one report");
    }

    /// <summary>A live process allocates objects on one page it holds and sends each to a
    /// different process owning nothing there yet, until the page runs out of owner slots.</summary>
    private static void Crowd(Run run)
    {
        Proc holder = run.RandomLive();
        if (holder == null) return;
        var held = run.World.Pages.Keys.Where(p => run.World.Holds(p, holder.Serial)).ToList();
        if (held.Count == 0) return;
        ulong page = held[run.Random.Next(held.Count)];
        for (int i = 0; i <= Slots; i++)
        {
            var strangers = run.World.LiveByNumber.Where(p => p != null && !run.World.OwnsAnything(page, p.Serial)).ToList();
            if (strangers.Count == 0) return;
            Proc to = strangers[run.Random.Next(strangers.Count)];
            ulong start = page * PageBytes + 16 * (ulong)run.Random.Next((int)(PageBytes / 16) - 1);
            if (!run.World.IsFree(start, 32)) return;
            var o = new Obj { Start = start, Bytes = 32, OwnerSerial = holder.Serial };
            run.World.Objects.Add(o);
            LedgerStatus expected = PredictTransfer(run.World, run.Ledger.SpanCapacity, page, 1, holder.Number, to.Number);
            run.Expect(expected, run.Ledger.TransferObject(page, 1, holder.Number, to.Number), $"crowd page {page}");
            if (expected == LedgerStatus.Ok) o.OwnerSerial = to.Serial;
            run.World.Derive();
        }
    }

    /// <summary>A live process's GC frees one of its objects and reports it.</summary>
    private static void Release(Run run)
    {
        if (run.World.Objects.Count == 0) return;
        int index = run.Random.Next(run.World.Objects.Count);
        Obj o = run.World.Objects[index];
        int owner = run.World.Processes[o.OwnerSerial].Number, runsBefore = run.Ledger.Host.Runs.Count;
        run.Expect(LedgerStatus.Ok, run.Ledger.ReleaseObject(o.First, o.Count, owner), "release");
        if (o.Spanned && !HoldsInterior(run.World, o, run.World.Processes[o.OwnerSerial], all: true)) InteriorLeftAtOnce(run, o, owner, runsBefore);
        run.World.Objects.RemoveAt(index);
    }

    /// <summary>A live process's GC gives back some of the pages it holds and has no objects on.</summary>
    private static void Collect(Run run)
    {
        Proc process = run.RandomLive();
        if (process == null) return;
        var covered = new HashSet<ulong>();
        foreach (Obj o in run.World.Objects)
            if (o.OwnerSerial == process.Serial)
                for (ulong page = o.First; page < o.First + o.Count; page++) covered.Add(page);
        foreach ((ulong page, Page p) in run.World.Pages.ToList())
        {
            if (!p.Holding || p.HolderSerial != process.Serial || covered.Contains(page) || run.Random.Next(2) == 0) continue;
            run.Expect(LedgerStatus.Ok, run.Ledger.GiveBack(page, process.Number), $"give back page {page}");
            p.Holding = false;
        }
    }

    /// <summary>Calls with wrong arguments: each must fail as predicted and change nothing (the
    /// Verify after the step checks that). Calls the model predicts to succeed are not made: they
    /// would move objects that do not exist. Half the runs are a large object's own, or
    /// that shifted or stretched by a page.</summary>
    private static void Misuse(Run run)
    {
        World world = run.World;
        ulong first = run.Random.Next(8) == 0 ? HeapPages - 1 : run.Universe[run.Random.Next(run.Universe.Length)];
        ulong count = run.Random.Next(10) == 0 ? 0 : 1 + (ulong)run.Random.Next(6);
        var large = world.Objects.Where(o => o.IsLarge).ToList();
        if (large.Count > 0 && run.Random.Next(2) == 0)
        {
            Obj o = large[run.Random.Next(large.Count)];
            first = o.First + (ulong)run.Random.Next(3) - (o.First == 0 ? 0UL : 1UL);
            count = o.Count + (ulong)run.Random.Next(3) - 1;
        }
        int a = run.RandomNumber(), b = run.RandomNumber();
        switch (run.Random.Next(5))
        {
            case 0:
            {
                LedgerStatus expected = PredictTransfer(world, run.Ledger.SpanCapacity, first, count, a, b);
                if (expected != LedgerStatus.Ok) run.Expect(expected, run.Ledger.TransferObject(first, count, a, b), "misused transfer");
                break;
            }
            case 1:
            {
                LedgerStatus expected = PredictRelease(world, first, count, a);
                if (expected != LedgerStatus.Ok) run.Expect(expected, run.Ledger.ReleaseObject(first, count, a), "misused release");
                break;
            }
            case 2:
            {
                LedgerStatus expected = a < 1 || a > MaximumOwner ? LedgerStatus.BadOwner
                    : world.Serial(a) < 0 ? LedgerStatus.NotLive
                    : !world.Pages.ContainsKey(first) ? LedgerStatus.NotGiven
                    : !world.Holds(first, world.Serial(a)) ? LedgerStatus.NotHolder : LedgerStatus.Ok;
                if (expected != LedgerStatus.Ok) run.Expect(expected, run.Ledger.GiveBack(first, a), "misused give back");
                break;
            }
            case 3:
            {
                LedgerStatus expected = a < 1 || a > MaximumOwner ? LedgerStatus.BadOwner : world.Serial(a) < 0 ? LedgerStatus.NotLive : LedgerStatus.Ok;
                if (expected != LedgerStatus.Ok) run.Expect(expected, run.Ledger.GivePage(first, a, 0), "misused give");
                else if (world.Pages.ContainsKey(first)) run.Expect(LedgerStatus.AlreadyGiven, run.Ledger.GivePage(first, a, 0), "give of a page in use");
                break;
            }
            default:
            {
                if (a >= 1 && a <= MaximumOwner && world.Serial(a) >= 0) break;
                run.Expect(a < 1 || a > MaximumOwner ? LedgerStatus.BadOwner : LedgerStatus.NotLive, run.Ledger.ProcessEnded(a), "end of a process that is not live");
                Assert.That(run.Ledger.GiveBack(HeapPages, 1), Is.EqualTo(LedgerStatus.BadPage));
                break;
            }
        }
    }
}
