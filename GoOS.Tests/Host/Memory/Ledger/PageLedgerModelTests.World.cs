using GoOS.Kernel.Memory.Ledger;
using NUnit.Framework;
using static GoOS.Tests.Host.Memory.Ledger.LedgerKit;

namespace GoOS.Tests.Host.Memory.Ledger;

public partial class PageLedgerModelTests
{
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

    /// <summary>An object: its bytes in the heap range (disjoint from every other object's, as in
    /// a real heap), the pages they cover and the process owning it. Spanned says whether the
    /// ledger keeps its interior as a span: from its first send on, until it reaches the holder
    /// of interior pages that holder still holds.</summary>
    private sealed class Obj
    {
        public ulong Start, Bytes;
        public int OwnerSerial;
        public bool Spanned;

        public ulong First => Start / PageBytes;
        public ulong Count => (Start + Bytes - 1) / PageBytes - First + 1;
        public bool IsLarge => Count >= 3;
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
        /// <summary>Interior page -> the spanned object covering it.</summary>
        public Dictionary<ulong, Obj> SpanOf = new Dictionary<ulong, Obj>();
        public int NextSerial;

        public bool Holds(ulong page, int serial) => Pages.TryGetValue(page, out Page p) && p.Holding && p.HolderSerial == serial;

        public int Count(ulong page, int serial) => Counts.GetValueOrDefault((page, serial));

        public bool OwnsAnything(ulong page, int serial) => Holds(page, serial) || Count(page, serial) > 0;

        public int Serial(int number) => number >= 1 && number <= MaximumOwner && LiveByNumber[number] != null ? LiveByNumber[number].Serial : -1;

        /// <summary>The owner number of page's holder while it lives, else 0 (what the ledger keeps).</summary>
        public int HolderNumber(ulong page)
        {
            Proc holder = Processes[Pages[page].HolderSerial];
            return holder.Live ? holder.Number : 0;
        }

        public int SpansInUse => Objects.Count(o => o.Spanned);

        /// <summary>Whether [start, start + bytes) overlaps no object.</summary>
        public bool IsFree(ulong start, ulong bytes) => Objects.All(o => start + bytes <= o.Start || o.Start + o.Bytes <= start);

        /// <summary>A holder's own objects on a page it holds are not counted; every other object
        /// counts once on each page it covers.</summary>
        public void Derive()
        {
            Counts = new Dictionary<(ulong, int), int>();
            SpanOf = new Dictionary<ulong, Obj>();
            foreach (Obj o in Objects)
            {
                for (ulong page = o.First; page < o.First + o.Count; page++)
                    if (!Holds(page, o.OwnerSerial)) Counts[(page, o.OwnerSerial)] = Count(page, o.OwnerSerial) + 1;
                if (o.Spanned) for (ulong page = o.First + 1; page < o.First + o.Count - 1; page++) SpanOf[page] = o;
            }
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
        public int FreedSeen, LeftSeen, OrderSeen;
        public ulong NextFrame = 0x1000;
        public long Step;
        public long MaxInUse;
        /// <summary>Steps × pages seen alive after their holder ended, or gave them back.</summary>
        public long OrphanedPages, GivenBackPages;
        /// <summary>Sends of large objects that made a span, moved one, dissolved one.</summary>
        public long SpansMade, SpansMoved, SpansDissolved, SpansHome;

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
}
