using Internal.Runtime.GarbageCollection;
using NUnit.Framework;

namespace GoOS.Tests.Host.GarbageCollection;

/// <summary>The heap and its mark-sweep collector over fake pages and fake types.</summary>
public unsafe class GcHeapTests : GcHeapFixture
{
    [Test]
    public void UnreachableObjectsAreFreedAndTheirSlotsReusedZeroed()
    {
        ulong keeper = NewNode(-1);
        var garbage = new HashSet<ulong>();
        for (int i = 0; i < 100; i++) garbage.Add(NewNode(1000 + i, keeper, keeper));

        Collect(exact: new[] { keeper });

        foreach (ulong dead in garbage) Assert.That(IsAllocated(dead), Is.False);
        Assert.That(IsAllocated(keeper), Is.True);
        Assert.That(Heap.Statistics.LiveObjects, Is.EqualTo(1UL));
        for (int i = 0; i < 100; i++)
        {
            ulong reused = NewNode(i);      // NewNode checks that the slot came back zeroed
            Assert.That(garbage.Contains(reused), Is.True, "a freed slot is handed out again");
        }
    }

    [Test]
    public void AnEmptyHeapGivesItsBlocksBackAndKeepsOneSpare()
    {
        for (int i = 0; i < 20000; i++) NewNode(i);
        Assert.That(Memory.MappedBytes, Is.GreaterThan(10 * GcBlock.SmallBlockBytes));

        Collect();

        Assert.That(Heap.Statistics.LiveBytes, Is.EqualTo(0UL));
        ulong tables = Memory.MappedBytes - GcBlock.SmallBlockBytes;
        Assert.That(tables, Is.LessThanOrEqualTo(GcSettings.Default.InitialMarkStackBytes + GcPage.Size), "one spare block, the block table and the mark stack");
        Assert.That(Heap.Statistics.MappedBytes, Is.EqualTo(Memory.MappedBytes));
    }

    [Test]
    public void ReachableGraphWithCyclesSurvivesIntact()
    {
        const int count = 1000;
        ulong head = NewList(count);
        var nodes = new List<ulong>();
        for (ulong node = head; node != 0; node = Next(node)) nodes.Add(node);
        *(ulong*)(nodes[^1] + 8) = head;                                     // a ring
        for (int i = 0; i < count; i++) SetOther(nodes[i], nodes[(i * 7) % count]);   // and chords
        for (int i = 0; i < 500; i++) NewNode(-i, head, head);              // garbage pointing in

        Collect(exact: new[] { nodes[count / 2] });
        Collect(exact: new[] { nodes[count / 3] });

        Assert.That(Heap.Statistics.LiveObjects, Is.EqualTo((ulong)count));
        for (int i = 0; i < count; i++)
        {
            Assert.That(IsAllocated(nodes[i]), Is.True);
            Assert.That(Value(nodes[i]), Is.EqualTo(i));
            Assert.That(Next(nodes[i]), Is.EqualTo(nodes[(i + 1) % count]));
            Assert.That(Other(nodes[i]), Is.EqualTo(nodes[(i * 7) % count]));
        }
    }

    [Test]
    public void ArraysOfReferencesKeepTheirElementsAlive()
    {
        ulong array = NewArray(ReferenceArrayType, 50);
        var held = new List<ulong>();
        var dropped = new List<ulong>();
        for (int i = 0; i < 50; i++)
        {
            ulong node = NewNode(i);
            if (i % 3 == 0) dropped.Add(node);
            else
            {
                Element(array, i) = node;
                held.Add(node);
            }
        }
        ulong big = NewArray(ReferenceArrayType, 3000);                    // a large object holding references
        Element(big, 2999) = array;

        Collect(exact: new[] { big });

        foreach (ulong node in held) Assert.That(IsAllocated(node), Is.True);
        foreach (ulong node in dropped) Assert.That(IsAllocated(node), Is.False);
        Assert.That(IsAllocated(array) && IsAllocated(big), Is.True);
        for (int i = 0; i < 50; i++) Assert.That(Element(array, i) == 0 || Value(Element(array, i)) == i, Is.True);
    }

    [Test]
    public void InteriorPointersInAConservativeRangeKeepObjectsAlive()
    {
        ulong node = NewNode(7, NewNode(8));
        ulong large = NewArray(ByteArrayType, 100_000);
        ulong unreferenced = NewNode(9);

        Collect(conservative: new[] { 0x1234UL, node + 20, large + 77_777, 0xFFFF_8000_0000_0000UL });

        Assert.That(IsAllocated(node), Is.True);
        Assert.That(IsAllocated(Next(node)), Is.True, "what a conservatively found object references lives too");
        Assert.That(Value(Next(node)), Is.EqualTo(8));
        Assert.That(IsAllocated(large), Is.True);
        Assert.That(IsAllocated(unreferenced), Is.False);
        Assert.That(Heap.FindObject(node + 39), Is.EqualTo(node), "the last byte of the slot");
        Assert.That(Heap.FindObject(node - 8), Is.EqualTo(node), "the header word belongs to the object");
        Assert.That(Heap.FindObject(large + 99_000), Is.EqualTo(large));
    }

    [Test]
    public void WordsIntoFreeSpaceHeadersOrOutsideTheHeapKeepNothingAlive()
    {
        ulong keeper = NewNode(1);
        ulong freed = NewNode(2);
        Collect(exact: new[] { keeper });
        Assert.That(IsAllocated(freed), Is.False);
        ulong victim = NewNode(3);
        Assert.That(victim, Is.EqualTo(freed), "the only free slot before the untouched ones");
        ulong blockStart = keeper & ~(GcPage.Size - 1);                     // the fake maps blocks page-aligned
        ulong neverUsed = victim + 10 * 40;
        ulong outside = (ulong)NativeMemoryAddress();
        ulong victim2 = NewNode(4);
        Collect(exact: new[] { keeper }, conservative: new[] { blockStart, blockStart + 100, neverUsed, outside, 0UL, ~0UL });
        Assert.That(IsAllocated(victim), Is.False);
        Assert.That(IsAllocated(victim2), Is.False);

        Collect(exact: new[] { keeper }, conservative: new[] { victim + 8, victim2 });     // words into free slots
        Assert.That(Heap.Statistics.LiveObjects, Is.EqualTo(1UL));
        Assert.That(Heap.FindObject(blockStart), Is.EqualTo(0UL), "block header");
        Assert.That(Heap.FindObject(neverUsed), Is.EqualTo(0UL), "never-used slot");
        Assert.That(Heap.FindObject(victim), Is.EqualTo(0UL), "free slot");
        Assert.That(Heap.FindObject(blockStart + GcBlock.SmallBlockBytes - 1), Is.EqualTo(0UL), "tail past the last slot");
        Assert.That(Heap.FindObject(outside), Is.EqualTo(0UL));
    }

    private static ulong s_outside;
    private static ulong* NativeMemoryAddress()
    {
        fixed (ulong* p = &s_outside) return p;
    }

    [Test]
    public void ExactSlotsAndRangesAreRootsAndIgnoreForeignReferences()
    {
        ulong a = NewNode(1), b = NewNode(2), c = NewNode(3), d = NewNode(4);
        ulong* statics = stackalloc ulong[3];
        statics[0] = a;
        statics[1] = (ulong)NativeMemoryAddress();                          // a frozen object outside the heap
        statics[2] = 0;
        ulong single = c;
        ulong* singleSlot = &single;
        GcRange range = new((ulong)statics, (ulong)(statics + 3));
        GcRoots roots = new() { ExactRanges = &range, ExactRangeCount = 1, ExactSlots = &singleSlot, ExactSlotCount = 1 };

        Heap.Collect(in roots);

        Assert.That(IsAllocated(a), Is.True);
        Assert.That(IsAllocated(b), Is.False);
        Assert.That(IsAllocated(c), Is.True);
        Assert.That(IsAllocated(d), Is.False);
    }

    [Test]
    public void DeadLargeObjectsAreReturnedToThePlatform()
    {
        ulong kept = NewArray(ByteArrayType, 100_000);
        ulong dead1 = NewArray(ByteArrayType, 200_000);
        ulong dead2 = NewArray(ReferenceArrayType, 5_000);
        for (int i = 0; i < 100_000; i++) ((byte*)(kept + 16))[i] = (byte)i;
        ulong mappedBefore = Memory.MappedBytes;
        int unmapsBefore = Memory.UnmapCalls;

        Collect(exact: new[] { kept });

        Assert.That(Memory.UnmapCalls - unmapsBefore, Is.EqualTo(2));
        ulong markStack = GcSettings.Default.InitialMarkStackBytes;        // mapped by the first collection
        Assert.That(mappedBefore + markStack - Memory.MappedBytes, Is.GreaterThanOrEqualTo(200_000UL + 40_000UL));
        Assert.That(IsAllocated(dead1) || IsAllocated(dead2), Is.False);
        for (int i = 0; i < 100_000; i++) Assert.That(((byte*)(kept + 16))[i], Is.EqualTo((byte)i));
    }

    [Test]
    public void GarbageOfAHundredTimesTheLiveSizeKeepsMappedBytesBounded()
    {
        ulong live = NewList(100_000);                                      // 4 MB of nodes
        ulong[] roots = { live };
        ulong liveBytes = 100_000 * 40UL;
        ulong allocated = 0;
        ulong peak = 0;
        var random = new Random(12345);
        while (allocated < 100 * liveBytes)
        {
            if (Heap.CollectionDue) Collect(exact: roots);
            int kind = random.Next(10);
            if (kind < 6) NewNode(kind, live);
            else if (kind < 9) NewArray(ByteArrayType, random.Next(0, 2000));
            else NewArray(ReferenceArrayType, random.Next(0, 3000));
            allocated = Heap.Statistics.TotalAllocatedBytes;
            if (Memory.MappedBytes > peak) peak = Memory.MappedBytes;
        }
        Collect(exact: roots);

        Assert.That(Heap.Statistics.LiveBytes, Is.EqualTo(liveBytes));
        Assert.That(Heap.Statistics.Collections, Is.GreaterThan(20UL));
        Assert.That(peak, Is.LessThan(4 * liveBytes + 4 * MiB), "peak mapped bytes");
        ulong node = live;
        for (int i = 0; i < 100_000; i++, node = Next(node)) Assert.That(Value(node), Is.EqualTo(i));
    }

    [Test]
    public void StatisticsCountCollectionsPausesAndBytes()
    {
        Memory.TicksPerReading = 25;
        ulong kept = NewNode(1);
        NewNode(2);
        NewArray(ByteArrayType, 13);                                        // 24 + 13 = 37, counted as 40
        NewArray(ByteArrayType, 20_000);                                    // large: 20024
        Assert.That(Heap.Statistics.TotalAllocatedBytes, Is.EqualTo(40UL + 40 + 40 + 20_024));
        Assert.That(Heap.Statistics.AllocatedSinceCollection, Is.EqualTo(40UL + 40 + 40 + 20_024));
        Assert.That(Heap.CollectionDue, Is.False);

        Collect(exact: new[] { kept });
        Collect(exact: new[] { kept });

        GcStatistics statistics = Heap.Statistics;
        Assert.That(statistics.Collections, Is.EqualTo(2UL));
        Assert.That(statistics.LastPause, Is.EqualTo(25UL));
        Assert.That(statistics.TotalPause, Is.EqualTo(50UL));
        Assert.That(statistics.LiveBytes, Is.EqualTo(40UL));
        Assert.That(statistics.LiveObjects, Is.EqualTo(1UL));
        Assert.That(statistics.AllocatedSinceCollection, Is.EqualTo(0UL));
        Assert.That(statistics.TotalAllocatedBytes, Is.EqualTo(40UL + 40 + 40 + 20_024));
        Assert.That(statistics.MappedBytes, Is.EqualTo(Memory.MappedBytes));
        Assert.That(statistics.MarkStackOverflows, Is.EqualTo(0UL));

        while (!Heap.CollectionDue) NewArray(ByteArrayType, 1000);
        Assert.That(Heap.Statistics.AllocatedSinceCollection, Is.GreaterThanOrEqualTo(GcSettings.Default.MinimumTrigger));
        Assert.That(Heap.Statistics.AllocatedSinceCollection, Is.LessThan(GcSettings.Default.MinimumTrigger + 1100));
    }

    [Test]
    public void ADeepLinkedListMarksWithoutRecursion()
    {
        ulong head = NewList(100_000);
        // Linked the other way round too, so that the list is deep from either end.
        ulong previous = 0;
        for (ulong node = head; node != 0; node = Next(node))
        {
            SetOther(node, previous);
            previous = node;
        }

        Collect(conservative: new[] { previous });

        Assert.That(Heap.Statistics.LiveObjects, Is.EqualTo(100_000UL));
        ulong at = head;
        for (int i = 0; i < 100_000; i++, at = Next(at)) Assert.That(Value(at), Is.EqualTo(i));
    }

    [Test]
    public void AllocationFailsCleanlyWhenThePlatformRunsOutOfPages()
    {
        Memory.Budget = 4 * GcBlock.SmallBlockBytes;
        ulong kept = NewList(100);
        int made = 0;
        while (Heap.Allocate(40) != null) made++;
        Assert.That(made, Is.GreaterThan(1000));
        Assert.That(Heap.Allocate(1 * MiB) == null, Is.True, "a large object does not fit");

        Collect(exact: new[] { kept });

        Assert.That(Heap.Allocate(40) != null, Is.True, "memory is there again after a collection");
        Assert.That(Heap.Statistics.LiveObjects, Is.EqualTo(100UL));
    }
}
