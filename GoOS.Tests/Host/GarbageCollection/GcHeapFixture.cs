using System.Runtime.InteropServices;
using Internal.Runtime.GarbageCollection;
using NUnit.Framework;

namespace GoOS.Tests.Host.GarbageCollection;

/// <summary>A heap on FakeMemory with a few fake types, and helpers to build objects and to
/// collect with roots held in pinned arrays. Every test ends by releasing the heap and checking
/// that every page went back.</summary>
public abstract unsafe class GcHeapFixture
{
    protected const ulong KiB = 1024, MiB = 1024 * 1024;

    protected FakeMemory Memory;
    protected GcHeap<FakeGcPlatform> Heap;
    private FakeType* _types;

    // Node: type, next (+8), other (+16), value (+24): 40 bytes with the header word.
    protected FakeType* NodeType => &_types[0];
    // Arrays: type, length (+8), elements from +16.
    protected FakeType* ReferenceArrayType => &_types[1];
    protected FakeType* ByteArrayType => &_types[2];

    protected virtual GcSettings Settings => GcSettings.Default;

    [SetUp]
    public void CreateHeap()
    {
        Memory = new FakeMemory();
        _types = (FakeType*)NativeMemory.AllocZeroed((nuint)(3 * sizeof(FakeType)));
        NodeType->BaseSize = 40;
        NodeType->ReferenceCount = 2;
        NodeType->ReferenceOffsets[0] = 8;
        NodeType->ReferenceOffsets[1] = 16;
        ReferenceArrayType->BaseSize = 24;
        ReferenceArrayType->ComponentSize = 8;
        ReferenceArrayType->ElementsAreReferences = 1;
        ByteArrayType->BaseSize = 24;
        ByteArrayType->ComponentSize = 1;
        Heap.Initialize(new FakeGcPlatform(Memory), Settings);
    }

    [TearDown]
    public void ReleaseHeap()
    {
        Heap.Release();
        ulong leaked = Memory.MappedBytes;
        Memory.Dispose();
        NativeMemory.Free(_types);
        Assert.That(leaked, Is.EqualTo(0UL), "Release returns every page");
    }

    protected ulong Allocate(ulong size)
    {
        byte* obj = Heap.Allocate(size);
        Assert.That(obj != null, "allocation of " + size + " bytes failed");
        return (ulong)obj;
    }

    protected ulong NewNode(long value, ulong next = 0, ulong other = 0)
    {
        ulong obj = Allocate(NodeType->BaseSize);
        Assert.That(Next(obj) | Other(obj) | (ulong)Value(obj), Is.EqualTo(0UL), "new objects are zeroed");
        *(FakeType**)obj = NodeType;
        *(ulong*)(obj + 8) = next;
        *(ulong*)(obj + 16) = other;
        *(long*)(obj + 24) = value;
        return obj;
    }

    protected static ulong Next(ulong node) => *(ulong*)(node + 8);
    protected static ulong Other(ulong node) => *(ulong*)(node + 16);
    protected static long Value(ulong node) => *(long*)(node + 24);
    protected static void SetOther(ulong node, ulong other) => *(ulong*)(node + 16) = other;

    protected ulong NewArray(FakeType* type, int length)
    {
        ulong obj = Allocate(type->BaseSize + (ulong)length * type->ComponentSize);
        *(FakeType**)obj = type;
        *(int*)(obj + 8) = length;
        return obj;
    }

    protected static ref ulong Element(ulong array, int index) => ref ((ulong*)(array + 16))[index];

    /// <summary>A chain of 'count' nodes valued 0..count-1 (head has 0); returns the head.</summary>
    protected ulong NewList(int count)
    {
        ulong head = 0;
        for (int i = count - 1; i >= 0; i--) head = NewNode(i, head);
        return head;
    }

    /// <summary>Collects with 'exact' as exact root slots (one range over the array) and
    /// 'conservative' as a conservative range (a fake stack).</summary>
    protected void Collect(ulong[] exact = null, ulong[] conservative = null)
    {
        exact ??= Array.Empty<ulong>();
        conservative ??= Array.Empty<ulong>();
        fixed (ulong* exactWords = exact)
        fixed (ulong* stackWords = conservative)
        {
            GcRange exactRange = new((ulong)exactWords, (ulong)(exactWords + exact.Length));
            GcRange stackRange = new((ulong)stackWords, (ulong)(stackWords + conservative.Length));
            GcRoots roots = new()
            {
                ExactRanges = &exactRange, ExactRangeCount = exact.Length == 0 ? 0 : 1,
                ConservativeRanges = &stackRange, ConservativeRangeCount = conservative.Length == 0 ? 0 : 1,
            };
            Heap.Collect(in roots);
        }
    }

    protected bool IsAllocated(ulong obj) => Heap.FindObject(obj) == obj;
}
