using System.Runtime.InteropServices;
using Internal.Runtime;
using Internal.Runtime.GarbageCollection;
using NUnit.Framework;

namespace GoOS.Tests.Host.GarbageCollection;

/// <summary>MethodTableLayout over MethodTables and GC descriptors built by hand the way ILC
/// lays them out (gcdesc.h): sizes from BaseSize and ComponentSize, reference slots from
/// ordinary series and from the repeating "val series" of arrays of structs.</summary>
public unsafe class MethodTableLayoutTests
{
    private const uint HasPointers = 0x01000000;
    private byte* _memory;

    [SetUp]
    public void Allocate() => _memory = (byte*)NativeMemory.AllocZeroed(4096);

    [TearDown]
    public void Free() => NativeMemory.Free(_memory);

    private MethodTable* Type => (MethodTable*)(_memory + 1024);
    private long* Descriptor => (long*)Type - 1;
    private byte* Object => _memory + 2048;

    private struct SlotCollector : IGcReferenceVisitor
    {
        public List<long> Offsets;
        public ulong Base;
        public void Visit(ulong* slot) => Offsets.Add((long)((ulong)slot - Base));
    }

    private List<long> SlotsOf(byte* obj)
    {
        var collector = new SlotCollector { Offsets = new List<long>(), Base = (ulong)obj };
        MethodTableLayout.VisitReferences(obj, ref collector);
        return collector.Offsets;
    }

    private void MakeObject(uint flags, uint baseSize, int length = 0)
    {
        Type->_flags = flags;
        Type->_baseSize = baseSize;
        *(MethodTable**)Object = Type;
        *(int*)(Object + 8) = length;
    }

    [Test]
    public void AClassWithTwoSeriesHasThoseSlots()
    {
        // class { object a; long b; object c; object d; }: refs at +8 and +24..+40, BaseSize 48.
        MakeObject(HasPointers, 48);
        Descriptor[0] = 2;
        Descriptor[-2] = 8 - 48; Descriptor[-1] = 8;        // series 0: one slot at +8
        Descriptor[-4] = 16 - 48; Descriptor[-3] = 24;      // series 1: two slots at +24
        Assert.That(MethodTableLayout.ObjectSize(Object), Is.EqualTo(48UL));
        Assert.That(SlotsOf(Object), Is.EquivalentTo(new long[] { 8, 24, 32 }));
    }

    [Test]
    public void AnObjectWithoutPointersHasNoSlots()
    {
        MakeObject(0, 32);
        Assert.That(SlotsOf(Object), Is.Empty);
    }

    [Test]
    public void AnArrayOfReferencesCoversItsElements()
    {
        // object[]: BaseSize 24, ComponentSize 8, one series at +16 of size -BaseSize (+ object size).
        MakeObject(HasPointers | MethodTable.HasComponentSizeFlag | 8, 24, length: 5);
        Descriptor[0] = 1;
        Descriptor[-2] = -24; Descriptor[-1] = 16;
        Assert.That(MethodTableLayout.ObjectSize(Object), Is.EqualTo(24UL + 40));
        Assert.That(SlotsOf(Object), Is.EqualTo(new long[] { 16, 24, 32, 40, 48 }));
        *(int*)(Object + 8) = 0;
        Assert.That(SlotsOf(Object), Is.Empty);
    }

    [Test]
    public void AnArrayOfStructsWithReferencesRepeatsItsValSeries()
    {
        // struct { object a; long b; object c; long d; long e; }[3]: element 40 bytes; items
        // {1 pointer, skip 8}, {1 pointer, skip 16}; the first reference at +16.
        MakeObject(HasPointers | MethodTable.HasComponentSizeFlag | 40, 24, length: 3);
        Descriptor[0] = -2;
        Descriptor[-1] = 16;
        uint* items = (uint*)((byte*)Type - 24);
        items[0] = 1; items[1] = 8;                          // val_serie[0] at mt-24
        items[-2] = 1; items[-1] = 16;                       // val_serie[-1] at mt-32
        Assert.That(MethodTableLayout.ObjectSize(Object), Is.EqualTo(24UL + 120));
        Assert.That(SlotsOf(Object), Is.EqualTo(new long[] { 16, 32, 56, 72, 96, 112 }));
    }

    [Test]
    public void AStringSizeCountsItsCharactersUnrounded()
    {
        MakeObject(MethodTable.HasComponentSizeFlag | 2, 22, length: 5);
        Assert.That(MethodTableLayout.ObjectSize(Object), Is.EqualTo(32UL));
        *(int*)(Object + 8) = 6;
        Assert.That(MethodTableLayout.ObjectSize(Object), Is.EqualTo(34UL));
    }
}
