using Internal.Runtime.GarbageCollection;
using NUnit.Framework;

namespace GoOS.Tests.Host.GarbageCollection;

/// <summary>A mark stack of one page (512 entries) that may not grow: marking a wide graph must
/// fall back to rescanning the heap and still find everything.</summary>
public unsafe class MarkStackOverflowTests : GcHeapFixture
{
    protected override GcSettings Settings
    {
        get
        {
            GcSettings settings = GcSettings.Default;
            settings.InitialMarkStackBytes = GcPage.Size;
            settings.MaximumMarkStackBytes = GcPage.Size;
            return settings;
        }
    }

    [Test]
    public void AWideGraphOverflowsTheStackAndIsMarkedByRescanning()
    {
        const int width = 5000;
        ulong array = NewArray(ReferenceArrayType, width);
        for (int i = 0; i < width; i++) Element(array, i) = NewNode(i, NewNode(-i));
        for (int i = 0; i < 1000; i++) NewNode(i);                          // garbage

        Collect(exact: new[] { array });

        Assert.That(Heap.Statistics.MarkStackOverflows, Is.EqualTo(1UL));
        Assert.That(Heap.Statistics.LiveObjects, Is.EqualTo(1UL + 2 * width));
        for (int i = 0; i < width; i++)
        {
            ulong node = Element(array, i);
            Assert.That(Value(node), Is.EqualTo(i));
            Assert.That(IsAllocated(Next(node)) && Value(Next(node)) == -i, Is.True);
        }
        Assert.That(Heap.Statistics.MappedBytes, Is.EqualTo(Memory.MappedBytes));
    }
}
