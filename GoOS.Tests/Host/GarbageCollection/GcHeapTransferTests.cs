using Internal.Runtime.GarbageCollection;
using NUnit.Framework;

namespace GoOS.Tests.Host.GarbageCollection;

/// <summary>Objects handed to other programs and received from them (GcHeap.GiveAway, Adopt):
/// a given object is neither freed nor reused nor scanned; a received one is kept while
/// reachable and reported to the platform when it dies; a given one that comes back is the
/// heap's own again.</summary>
public unsafe class GcHeapTransferTests : GcHeapFixture
{
    [Test]
    public void AGivenObjectIsNeverFreedNorItsSlotReused()
    {
        ulong given = NewArray(ByteArrayType, 100);
        ulong neighbour = NewArray(ByteArrayType, 100);      // keeps the block alive
        ulong bytes = Heap.GiveAway(given);
        Assert.That(bytes, Is.EqualTo(GcMemory.RoundUp(ByteArrayType->BaseSize + 100, 8)));
        Assert.That(IsAllocated(given), Is.False, "no longer this heap's object");

        Collect(exact: new[] { neighbour });
        for (int i = 0; i < 2000; i++) Assert.That(NewArray(ByteArrayType, 100), Is.Not.EqualTo(given), "its slot is not handed out again");
        Assert.That(*(int*)(given + 8), Is.EqualTo(100), "its memory is untouched");
        Assert.That(Memory.Released, Is.Empty, "its own objects are not reported");
    }

    [Test]
    public void AnObjectThatComesBackIsTheHeapsOwnAgain()
    {
        ulong obj = NewArray(ByteArrayType, 50);
        ulong bytes = Heap.GiveAway(obj);
        Assert.That(Heap.Adopt(obj, bytes), Is.True);
        Assert.That(IsAllocated(obj), Is.True);
        Assert.That(Heap.GivenObjects, Is.Zero);
        Collect();
        Assert.That(IsAllocated(obj), Is.False, "freed like any of its objects once unreachable");
        Assert.That(Memory.Released, Is.Empty);
    }

    [Test]
    public void AnObjectInsideTheHeapThatWasNotGivenAwayIsRefused()
    {
        ulong obj = NewArray(ByteArrayType, 50);
        ulong other = NewArray(ByteArrayType, 50);
        Assert.That(Heap.Adopt(other, 72), Is.False, "a sender cannot hand this heap its own live object");
        Assert.That(Heap.GiveAway(obj + 8), Is.Zero, "not the start of an object");
    }

    [Test]
    public void AReceivedObjectLivesWhileReachableAndIsReportedWhenItDies()
    {
        using var elsewhere = new FakeMemory();
        byte* page = elsewhere.Map(GcPage.Size);            // another program's page
        ulong foreign = (ulong)page + 64;
        *(FakeType**)foreign = ByteArrayType;
        *(int*)(foreign + 8) = 100;
        Assert.That(Heap.Adopt(foreign, 120), Is.True);

        Collect(conservative: new[] { foreign + 20 });     // an interior pointer keeps it
        Assert.That(Memory.Released, Is.Empty);
        Assert.That(Heap.ForeignObjects, Is.EqualTo(1));

        Collect();
        Assert.That(Memory.Released, Is.EqualTo(new[] { (foreign, 120UL) }));
        Assert.That(Heap.ForeignObjects, Is.Zero);
    }

    [Test]
    public void AReceivedObjectSentOnIsForgottenWithoutARelease()
    {
        using var elsewhere = new FakeMemory();
        ulong foreign = (ulong)elsewhere.Map(GcPage.Size) + 8;
        *(FakeType**)foreign = ByteArrayType;
        Heap.Adopt(foreign, 24);
        Assert.That(Heap.GiveAway(foreign), Is.EqualTo(24UL));
        Collect();
        Assert.That(Memory.Released, Is.Empty);
    }

    [Test]
    public void ABlockLeftWithOnlyGivenObjectsGoesBackToThePlatformNotToTheSpares()
    {
        ulong large = NewArray(ByteArrayType, 100_000);
        ulong mappedWithIt = Memory.MappedBytes;
        Heap.GiveAway(large);
        Collect();
        Assert.That(Memory.MappedBytes, Is.LessThan(mappedWithIt - 90_000), "the large object's pages were unmapped (the kernel keeps them for the receiver)");
        Assert.That(Heap.GivenObjects, Is.Zero, "forgotten with its block");
    }
}
