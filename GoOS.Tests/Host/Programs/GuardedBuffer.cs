using System.Runtime.InteropServices;

namespace GoOS.Tests.Host.Programs;

/// <summary>Host memory with an inaccessible page on each side (Linux mmap/mprotect), so that a
/// read past either end of the data crashes the test run instead of going unnoticed. Data is
/// placed to end exactly at the upper guard page. Elsewhere it falls back to plain memory.</summary>
internal sealed unsafe class GuardedBuffer : IDisposable
{
    private const int ProtNone = 0, ProtRead = 1, ProtWrite = 2, MapPrivate = 2, MapAnonymous = 0x20;
    private const int PageSize = 4096;

    private readonly byte* _mapping;
    private readonly nuint _mappingSize;
    private readonly byte* _usable;
    private readonly int _capacity;

    public GuardedBuffer(int capacity)
    {
        _capacity = (capacity + PageSize - 1) / PageSize * PageSize;
        if (OperatingSystem.IsLinux())
        {
            _mappingSize = (nuint)(_capacity + 2 * PageSize);
            _mapping = (byte*)Mmap(null, _mappingSize, ProtRead | ProtWrite, MapPrivate | MapAnonymous, -1, 0);
            if ((nint)_mapping == -1) throw new InvalidOperationException("mmap failed");
            if (Mprotect(_mapping, PageSize, ProtNone) != 0 || Mprotect(_mapping + PageSize + _capacity, PageSize, ProtNone) != 0)
                throw new InvalidOperationException("mprotect failed");
            _usable = _mapping + PageSize;
        }
        else
        {
            _usable = (byte*)NativeMemory.Alloc((nuint)_capacity);
        }
    }

    public bool Guarded => _mapping != null;

    /// <summary>Copies data so that its last byte is the last accessible byte; returns its start.</summary>
    public byte* Place(ReadOnlySpan<byte> data)
    {
        if (data.Length > _capacity) throw new ArgumentException("data larger than the buffer");
        byte* start = _usable + _capacity - data.Length;
        data.CopyTo(new Span<byte>(start, data.Length));
        return start;
    }

    public void Dispose()
    {
        if (_mapping != null) Munmap(_mapping, _mappingSize);
        else NativeMemory.Free(_usable);
    }

    [DllImport("libc", EntryPoint = "mmap")]
    private static extern void* Mmap(void* address, nuint length, int protection, int flags, int file, nint offset);

    [DllImport("libc", EntryPoint = "mprotect")]
    private static extern int Mprotect(void* address, nuint length, int protection);

    [DllImport("libc", EntryPoint = "munmap")]
    private static extern int Munmap(void* address, nuint length);
}
