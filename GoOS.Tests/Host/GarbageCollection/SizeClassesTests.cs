using Internal.Runtime.GarbageCollection;
using NUnit.Framework;

namespace GoOS.Tests.Host.GarbageCollection;

public unsafe class SizeClassesTests
{
    [Test]
    public void EverySizeGetsTheSmallestClassThatHoldsIt()
    {
        Assert.That(SizeClasses.SlotSize(SizeClasses.Count - 1), Is.EqualTo(SizeClasses.LargeObjectThreshold));
        for (ulong size = SizeClasses.MinimumObjectSize; size <= SizeClasses.LargeObjectThreshold; size += 8)
        {
            int sizeClass = SizeClasses.ClassOf(size);
            Assert.That(SizeClasses.SlotSize(sizeClass), Is.GreaterThanOrEqualTo(size), "size " + size);
            if (sizeClass > 0) Assert.That(SizeClasses.SlotSize(sizeClass - 1), Is.LessThan(size), "size " + size);
            Assert.That(SizeClasses.SlotSize(sizeClass) % 8, Is.EqualTo(0UL));
        }
    }

    [Test]
    public void TheBlockHeaderFitsBeforeTheFirstSlot()
    {
        Assert.That((ulong)sizeof(GcBlock), Is.LessThanOrEqualTo(GcBlock.HeaderBytes));
        Assert.That((ulong)GcBlock.BitmapWords * 64, Is.GreaterThanOrEqualTo((GcBlock.SmallBlockBytes - GcBlock.HeaderBytes) / SizeClasses.MinimumObjectSize));
    }
}
