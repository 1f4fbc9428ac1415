using System.Runtime.InteropServices;
using GoOS.Kernel.Memory;

namespace GoOS.Tests.Host.Memory;

/// <summary>What the fake paging hardware records, shared by every copy of the struct.</summary>
internal struct FakePagingState
{
    public ulong ActiveRoot;
    public int Invalidations;
    public ulong LastInvalidated;
}

/// <summary>Page tables in plain host memory: physical address p is byte p of the buffer.</summary>
internal unsafe struct FakePagingHardware : IPagingHardware
{
    private readonly byte* _memory;
    private readonly ulong _size;
    private readonly FakePagingState* _state;

    public FakePagingHardware(byte* memory, ulong size, FakePagingState* state)
    {
        _memory = memory;
        _size = size;
        _state = state;
    }

    public ulong* Table(ulong physical)
    {
        if (physical + 4096 > _size || (physical & 4095) != 0) throw new InvalidOperationException($"table at 0x{physical:x} outside fake RAM");
        return (ulong*)(_memory + physical);
    }

    public ulong ActiveRoot() => _state->ActiveRoot;

    public void ZeroTable(ulong* table)
    {
        for (int i = 0; i < 512; i++) table[i] = 0;
    }

    public int NextNonZero(ulong* table, int from, int count)
    {
        while (from < count && table[from] == 0) from++;
        return from;
    }

    public void InvalidatePage(ulong virtualAddress)
    {
        _state->Invalidations++;
        _state->LastInvalidated = virtualAddress;
    }

    public void InvalidateAll() => _state->Invalidations++;
}

/// <summary>A fake machine: RAM in a native buffer, a page frame allocator over a memory map,
/// and a page mapper over the fake hardware.</summary>
internal sealed unsafe class FakeMachine : IDisposable
{
    public const ulong MiB = 1UL << 20;

    public readonly byte* Memory;
    public readonly ulong MemorySize;
    private readonly PageFrameAllocator* _frames;
    private readonly FakePagingState* _state;

    /// <summary>RAM of memorySize bytes; usable and reserved ranges as a boot loader would report.</summary>
    public FakeMachine(ulong memorySize, PhysicalRange[] usable, PhysicalRange[] reserved, ulong? physicalLimit = null, ulong? metadataLimit = null)
    {
        MemorySize = memorySize;
        Memory = (byte*)NativeMemory.AlignedAlloc((nuint)memorySize, 4096);
        NativeMemory.Fill(Memory, (nuint)memorySize, 0xCC);
        _frames = (PageFrameAllocator*)NativeMemory.AllocZeroed((nuint)sizeof(PageFrameAllocator));
        _state = (FakePagingState*)NativeMemory.AllocZeroed((nuint)sizeof(FakePagingState));
        fixed (PhysicalRange* u = usable)
        fixed (PhysicalRange* r = reserved)
            InitializeStatus = _frames->Initialize(u, usable.Length, r, reserved.Length, Memory, physicalLimit ?? ulong.MaxValue, metadataLimit ?? memorySize);
    }

    /// <summary>A machine whose usable RAM is all of [0, size) but page 0.</summary>
    public static FakeMachine Simple(ulong size) => new(size, [new(0, size)], [new(0, 4096)]);

    public MemoryStatus InitializeStatus { get; }

    public ref PageFrameAllocator Frames => ref *_frames;

    public ref FakePagingState State => ref *_state;

    public PageMapper<FakePagingHardware> NewMapper() => new(new FakePagingHardware(Memory, MemorySize, _state), _frames);

    public void Dispose()
    {
        NativeMemory.AlignedFree(Memory);
        NativeMemory.Free(_frames);
        NativeMemory.Free(_state);
    }
}
