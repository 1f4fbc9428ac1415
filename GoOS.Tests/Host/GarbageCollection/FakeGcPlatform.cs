using System.Runtime.InteropServices;
using Internal.Runtime.GarbageCollection;
using NUnit.Framework;

namespace GoOS.Tests.Host.GarbageCollection;

/// <summary>Host memory standing in for the kernel: page-aligned zeroed allocations, every
/// mapping recorded so that unmapping checks it was handed out exactly so, and an optional
/// budget past which MapPages fails.</summary>
public sealed unsafe class FakeMemory : IDisposable
{
    private readonly Dictionary<ulong, ulong> _mappings = new();

    public ulong MappedBytes { get; private set; }
    public int MapCalls { get; private set; }
    public int UnmapCalls { get; private set; }
    public ulong Budget { get; set; } = ulong.MaxValue;
    public ulong Clock { get; set; }
    public ulong TicksPerReading { get; set; } = 1;

    public byte* Map(ulong bytes)
    {
        Assert.That(bytes % GcPage.Size, Is.EqualTo(0UL), "MapPages takes whole pages");
        if (MappedBytes + bytes > Budget) return null;
        byte* memory = (byte*)NativeMemory.AlignedAlloc((nuint)bytes, (nuint)GcPage.Size);
        NativeMemory.Clear(memory, (nuint)bytes);
        _mappings.Add((ulong)memory, bytes);
        MappedBytes += bytes;
        MapCalls++;
        return memory;
    }

    public void Unmap(byte* start, ulong bytes)
    {
        Assert.That(_mappings.TryGetValue((ulong)start, out ulong mapped), Is.True, "unmapping memory that was not mapped");
        Assert.That(bytes, Is.EqualTo(mapped), "unmapping a different size than was mapped");
        _mappings.Remove((ulong)start);
        // Poison it first: a use after unmap then shows as garbage rather than as old contents.
        NativeMemory.Fill(start, (nuint)bytes, 0xCD);
        NativeMemory.AlignedFree(start);
        MappedBytes -= bytes;
        UnmapCalls++;
    }

    public ulong Read() => Clock += TicksPerReading;

    /// <summary>Received objects the heap gave up (IGcPlatform.ReleaseForeign), in order.</summary>
    public List<(ulong Object, ulong Bytes)> Released { get; } = new();

    public void Dispose()
    {
        foreach (ulong start in _mappings.Keys) NativeMemory.AlignedFree((void*)start);
        _mappings.Clear();
    }
}

/// <summary>A fake type descriptor: the type pointer of a fake object points at one. Arrays have
/// an int32 length at obj+8 and elements from obj+16; reference arrays hold references only.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct FakeType
{
    public ulong BaseSize;
    public ulong ComponentSize;
    public int ElementsAreReferences;
    public int ReferenceCount;
    public fixed int ReferenceOffsets[8];     // from the object reference
}

/// <summary>The platform the heap tests run on: FakeMemory for pages, FakeType for layout.</summary>
public unsafe struct FakeGcPlatform : IGcPlatform
{
    private readonly FakeMemory _memory;

    public FakeGcPlatform(FakeMemory memory) => _memory = memory;

    public byte* MapPages(ulong bytes) => _memory.Map(bytes);

    public void UnmapPages(byte* start, ulong bytes) => _memory.Unmap(start, bytes);

    public ulong Timestamp() => _memory.Read();

    public void ReleaseForeign(ulong obj, ulong bytes) => _memory.Released.Add((obj, bytes));

    public ulong ObjectSize(byte* obj)
    {
        FakeType* type = *(FakeType**)obj;
        ulong size = type->BaseSize;
        if (type->ComponentSize != 0) size += (ulong)*(int*)(obj + 8) * type->ComponentSize;
        return size;
    }

    public void VisitReferences<TVisitor>(byte* obj, ref TVisitor visitor) where TVisitor : struct, IGcReferenceVisitor
    {
        FakeType* type = *(FakeType**)obj;
        for (int i = 0; i < type->ReferenceCount; i++) visitor.Visit((ulong*)(obj + type->ReferenceOffsets[i]));
        if (type->ElementsAreReferences != 0)
        {
            int length = *(int*)(obj + 8);
            for (int i = 0; i < length; i++) visitor.Visit((ulong*)(obj + 16) + i);
        }
    }
}
