using System.Runtime.CompilerServices;
using GoOS.Kernel.Channels;
using NUnit.Framework;

namespace GoOS.Tests.Host.Channels;

/// <summary>The IWaitHost of the deterministic tests: "waking" a thread means noting its Waiter.</summary>
internal struct RecordingHost : IWaitHost
{
    public List<Waiter> Woken;

    public static RecordingHost Create() => new RecordingHost { Woken = new List<Waiter>() };

    public void Wake(Waiter waiter) => Woken.Add(waiter);
}

/// <summary>The IWaitHost of the real-thread test: each Waiter's Owner is its thread's semaphore.</summary>
internal struct SemaphoreHost : IWaitHost
{
    public void Wake(Waiter waiter) => ((SemaphoreSlim)waiter.Owner).Release();
}

/// <summary>A random source that always answers the same index (clamped to the bound).</summary>
internal struct FixedRandom : IRandom
{
    public uint Answer;

    public uint Next(uint bound) => Answer < bound ? Answer : bound - 1;
}

/// <summary>Kernel-like message memory for tests: pinned, so its address never moves, and kept
/// alive as long as the TestMemory.</summary>
internal sealed unsafe class TestMemory
{
    private readonly List<byte[]> _blocks = new List<byte[]>();

    public byte* Alloc(int bytes)
    {
        byte[] block = GC.AllocateArray<byte>(Math.Max(bytes, 1), pinned: true);
        _blocks.Add(block);
        return (byte*)Unsafe.AsPointer(ref block[0]);
    }

    /// <summary>An 8-byte message slot holding value.</summary>
    public byte* Long(long value)
    {
        byte* slot = Alloc(sizeof(long));
        *(long*)slot = value;
        return slot;
    }
}

internal static class Kit
{
    public static Channel Make(int elementSize, int capacity)
    {
        Assert.That(Channel.Create(elementSize, capacity, out Channel channel), Is.EqualTo(ChannelStatus.Ok));
        return channel;
    }

    public static unsafe long Read(byte* slot) => *(long*)slot;
}
