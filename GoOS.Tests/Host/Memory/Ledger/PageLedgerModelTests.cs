using GoOS.Kernel.Memory.Ledger;
using NUnit.Framework;
using static GoOS.Tests.Host.Memory.Ledger.LedgerKit;

namespace GoOS.Tests.Host.Memory.Ledger;

/// <summary>Long random runs of processes starting, being given pages, allocating objects on them,
/// sending, releasing, collecting and exiting, against a model that knows only which process owns
/// which object. After every step the ledger must agree with the model: a page is in use exactly
/// while a live process holds it or owns an object on it, every other page ever given has been
/// reported freed exactly once, and every count, state and report matches.</summary>
public class PageLedgerModelTests
{
    private const int Capacity = 48, MaximumOwner = 10, Chunks = 40, ChunkPages = 8, MaximumObjects = 300;
    private const int Slots = LedgerLimits.OwnerSlotsPerPage;

    private sealed class Proc
    {
        public int Serial, Number;
        public bool Live;
    }

    private sealed class Page
    {
        public int HolderSerial;
        public bool Holding;
        public ulong Frame;
    }

    /// <summary>An object: the pages it covers and the process owning it.</summary>
    private sealed class Obj
    {
        public ulong First, Count;
        public int OwnerSerial;
    }

    /// <summary>The model: processes, the pages in use, and the objects; everything the ledger
    /// counts is derived from these.</summary>
    private sealed class World
    {
        public readonly Dictionary<int, Proc> Processes = new Dictionary<int, Proc>();
        public readonly Proc[] LiveByNumber = new Proc[MaximumOwner + 1];
        public readonly Dictionary<ulong, Page> Pages = new Dictionary<ulong, Page>();
        public readonly List<Obj> Objects = new List<Obj>();
        /// <summary>(page, owner serial) -> objects counted for that owner on that page.</summary>
        public Dictionary<(ulong, int), int> Counts = new Dictionary<(ulong, int), int>();
        /// <summary>page -> the serials counted on it.</summary>
        public Dictionary<ulong, List<int>> Counted = new Dictionary<ulong, List<int>>();
        public int NextSerial;

        public bool Holds(ulong page, int serial) => Pages.TryGetValue(page, out Page p) && p.Holding && p.HolderSerial == serial;

        public int Count(ulong page, int serial) => Counts.GetValueOrDefault((page, serial));

        public bool OwnsAnything(ulong page, int serial) => Holds(page, serial) || Count(page, serial) > 0;

        public int Serial(int number) => number >= 1 && number <= MaximumOwner && LiveByNumber[number] != null ? LiveByNumber[number].Serial : -1;

        /// <summary>A holder's own objects on a page it holds are not counted; every other object
        /// counts once on each page it covers.</summary>
        public void Derive()
        {
            Counts = new Dictionary<(ulong, int), int>();
            foreach (Obj o in Objects)
                for (ulong page = o.First; page < o.First + o.Count; page++)
                    if (!Holds(page, o.OwnerSerial)) Counts[(page, o.OwnerSerial)] = Count(page, o.OwnerSerial) + 1;
            Counted = new Dictionary<ulong, List<int>>();
            foreach ((ulong page, int serial) in Counts.Keys)
            {
                if (!Counted.TryGetValue(page, out List<int> owners)) Counted[page] = owners = new List<int>();
                owners.Add(serial);
            }
        }

        public List<int> CountedOwners(ulong page) => Counted.TryGetValue(page, out List<int> owners) ? owners : new List<int>();

        /// <summary>Every (page, live owner serial) pair where the owner owns something on the page.</summary>
        public HashSet<(ulong, int)> Owned()
        {
            var owned = new HashSet<(ulong, int)>();
            foreach ((ulong page, Page p) in Pages) if (p.Holding) owned.Add((page, p.HolderSerial));
            foreach (((ulong page, int serial), int count) in Counts) if (count > 0) owned.Add((page, serial));
            return owned;
        }
    }

    /// <summary>One run: the ledger, the model, the random source and the bookkeeping of reports.</summary>
    private sealed class Run
    {
        public readonly PageLedger<RecordingLedgerHost> Ledger = new PageLedger<RecordingLedgerHost>(HeapPages, Capacity, MaximumOwner, RecordingLedgerHost.Create());
        public readonly World World = new World();
        public readonly Random Random;
        public readonly ulong[] Universe;
        public readonly HashSet<ulong> EverGiven = new HashSet<ulong>();
        public readonly HashSet<ulong> ReportedFree = new HashSet<ulong>();
        public readonly Dictionary<LedgerStatus, int> Seen = new Dictionary<LedgerStatus, int>();
        public HashSet<(ulong, int)> OwnedBefore = new HashSet<(ulong, int)>();
        public int FreedSeen, LeftSeen;
        public ulong NextFrame = 0x1000;
        public long Step;
        public long MaxInUse;
        /// <summary>Steps × pages seen alive after their holder ended, or gave them back.</summary>
        public long OrphanedPages, GivenBackPages;

        public Run(int seed)
        {
            Random = new Random(seed);
            // Chunks of consecutive pages scattered over the whole range, the two ends included.
            var starts = new SortedSet<ulong> { 0, HeapPages - ChunkPages };
            while (starts.Count < Chunks)
            {
                ulong start = (ulong)Random.NextInt64((long)(HeapPages / ChunkPages)) * ChunkPages;
                starts.Add(start);
            }
            Universe = starts.SelectMany(s => Enumerable.Range(0, ChunkPages).Select(i => s + (ulong)i)).ToArray();
        }

        public void Expect(LedgerStatus expected, LedgerStatus actual, string what)
        {
            Assert.That(actual, Is.EqualTo(expected), $"step {Step}: {what}");
            Seen[actual] = Seen.GetValueOrDefault(actual) + 1;
        }

        public Proc RandomLive()
        {
            var live = World.LiveByNumber.Where(p => p != null).ToList();
            return live.Count == 0 ? null : live[Random.Next(live.Count)];
        }

        /// <summary>An owner number, now and then outside 1..MaximumOwner.</summary>
        public int RandomNumber() => Random.Next(20) == 0 ? (Random.Next(2) == 0 ? 0 : MaximumOwner + 1) : 1 + Random.Next(MaximumOwner);
    }

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
        foreach (LedgerStatus status in new[] { LedgerStatus.Ok, LedgerStatus.AlreadyLive, LedgerStatus.AlreadyGiven, LedgerStatus.LedgerFull, LedgerStatus.TooManyOwners, LedgerStatus.NotOwner, LedgerStatus.NotHolder, LedgerStatus.NotGiven, LedgerStatus.NotLive, LedgerStatus.BadOwner, LedgerStatus.BadPage })
            Assert.That(run.Seen.GetValueOrDefault(status), Is.GreaterThan(0), $"status {status} never came up");
        Assert.That(run.FreedSeen, Is.GreaterThan(1000));
        Assert.That(run.OrphanedPages, Is.GreaterThan(0), "pages outlived their holders");
        Assert.That(run.GivenBackPages, Is.GreaterThan(0), "pages outlived their holders' giving them back");
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

    /// <summary>A live process maps one to four consecutive pages of a chunk.</summary>
    private static void Give(Run run)
    {
        Proc process = run.RandomLive();
        if (process == null) return;
        int start = run.Random.Next(run.Universe.Length);
        int length = 1 + run.Random.Next(4);
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

    /// <summary>A live process allocates an object of one to three pages on pages it holds
    /// (nothing to tell the ledger).</summary>
    private static void Allocate(Run run)
    {
        Proc process = run.RandomLive();
        if (process == null || run.World.Objects.Count >= MaximumObjects) return;
        var held = run.World.Pages.Keys.Where(p => run.World.Holds(p, process.Serial)).ToList();
        if (held.Count == 0) return;
        ulong first = held[run.Random.Next(held.Count)];
        ulong count = 1;
        ulong wanted = 1 + (ulong)run.Random.Next(3);
        while (count < wanted && run.World.Holds(first + count, process.Serial)) count++;
        run.World.Objects.Add(new Obj { First = first, Count = count, OwnerSerial = process.Serial });
    }

    /// <summary>A live process sends one of its objects to a live process (perhaps itself); half
    /// the time to one owning nothing on the object's first page yet, so that pages gather owners.</summary>
    private static void Send(Run run)
    {
        if (run.World.Objects.Count == 0) return;
        Obj o = run.World.Objects[run.Random.Next(run.World.Objects.Count)];
        var strangers = run.World.LiveByNumber.Where(p => p != null && !run.World.OwnsAnything(o.First, p.Serial)).ToList();
        Proc to = strangers.Count > 0 && run.Random.Next(2) == 0 ? strangers[run.Random.Next(strangers.Count)] : run.RandomLive();
        Proc from = run.World.Processes[o.OwnerSerial];
        LedgerStatus expected = PredictTransfer(run.World, o.First, o.Count, from.Number, to.Number);
        run.Expect(expected, run.Ledger.TransferObject(o.First, o.Count, from.Number, to.Number), $"send [{o.First}, +{o.Count}) {from.Number}->{to.Number}");
        if (expected == LedgerStatus.Ok) o.OwnerSerial = to.Serial;
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
            var o = new Obj { First = page, Count = 1, OwnerSerial = holder.Serial };
            run.World.Objects.Add(o);
            LedgerStatus expected = PredictTransfer(run.World, page, 1, holder.Number, to.Number);
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
        run.Expect(LedgerStatus.Ok, run.Ledger.ReleaseObject(o.First, o.Count, run.World.Processes[o.OwnerSerial].Number), "release");
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
    /// would move objects that do not exist.</summary>
    private static void Misuse(Run run)
    {
        World world = run.World;
        ulong first = run.Random.Next(8) == 0 ? HeapPages - 1 : run.Universe[run.Random.Next(run.Universe.Length)];
        ulong count = run.Random.Next(10) == 0 ? 0 : 1 + (ulong)run.Random.Next(3);
        int a = run.RandomNumber(), b = run.RandomNumber();
        switch (run.Random.Next(5))
        {
            case 0:
            {
                LedgerStatus expected = PredictTransfer(world, first, count, a, b);
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

    private static LedgerStatus PredictTransfer(World world, ulong first, ulong count, int from, int to)
    {
        if (count == 0 || first >= HeapPages || count > HeapPages - first) return LedgerStatus.BadPage;
        foreach (int number in new[] { from, to })
        {
            if (number < 1 || number > MaximumOwner) return LedgerStatus.BadOwner;
            if (world.Serial(number) < 0) return LedgerStatus.NotLive;
        }
        int fromSerial = world.Serial(from), toSerial = world.Serial(to);
        for (ulong page = first; page < first + count; page++)
        {
            if (!world.Pages.ContainsKey(page)) return LedgerStatus.NotGiven;
            if (!world.OwnsAnything(page, fromSerial)) return LedgerStatus.NotOwner;
            if (from == to || world.Holds(page, toSerial) || world.Count(page, toSerial) > 0) continue;
            int owners = world.CountedOwners(page).Count - (world.Count(page, fromSerial) == 1 ? 1 : 0);
            if (owners >= Slots) return LedgerStatus.TooManyOwners;
        }
        return LedgerStatus.Ok;
    }

    private static LedgerStatus PredictRelease(World world, ulong first, ulong count, int owner)
    {
        if (count == 0 || first >= HeapPages || count > HeapPages - first) return LedgerStatus.BadPage;
        if (owner < 1 || owner > MaximumOwner) return LedgerStatus.BadOwner;
        int serial = world.Serial(owner);
        if (serial < 0) return LedgerStatus.NotLive;
        for (ulong page = first; page < first + count; page++)
        {
            if (!world.Pages.ContainsKey(page)) return LedgerStatus.NotGiven;
            if (!world.OwnsAnything(page, serial)) return LedgerStatus.NotOwner;
        }
        return LedgerStatus.Ok;
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

        // 2. Left: each live owner that stopped owning anything on a page, once.
        var left = run.OwnedBefore.Except(owned).Where(o => world.Processes[o.Item2].Live)
            .Select(o => (o.Item1, world.Processes[o.Item2].Number)).OrderBy(o => o).ToList();
        var reportedLeft = ledger.Host.Left.Skip(run.LeftSeen).OrderBy(o => o).ToList();
        run.LeftSeen = ledger.Host.Left.Count;
        Assert.That(reportedLeft, Is.EqualTo(left), $"{at}: owners that left");
        run.OwnedBefore = owned;

        // 3. A page of the universe is in use exactly when a live process owns something on it,
        //    and the pages reported free are exactly the others that were ever given. (Plain
        //    comparisons in the loops: an Assert per page would make the run minutes long.)
        foreach (ulong page in run.Universe)
        {
            bool given = world.Pages.ContainsKey(page);
            if (ledger.TryGetPage(page, out _) != given) Assert.Fail($"{at}: page {page} in use: model says {given}");
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
