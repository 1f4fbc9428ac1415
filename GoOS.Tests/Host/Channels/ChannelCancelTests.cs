using GoOS.Kernel.Channels;
using NUnit.Framework;

namespace GoOS.Tests.Host.Channels;

/// <summary>Cancelling a waiter (timeout, death): it leaves every queue, nothing it offered is
/// delivered, and the queues keep their order.</summary>
public unsafe class ChannelCancelTests
{
    private TestMemory _memory;
    private RecordingHost _host;
    private XorShiftRandom _random;

    [SetUp]
    public void SetUp()
    {
        _memory = new TestMemory();
        _host = RecordingHost.Create();
        _random = new XorShiftRandom(7);
    }

    [Test]
    public void CancelTakesASelectOffEveryQueue()
    {
        Channel a = Kit.Make(8, 0), b = Kit.Make(8, 2);
        b.TrySend(_memory.Long(1), ref _host);
        b.TrySend(_memory.Long(2), ref _host);
        var waiter = new Waiter();
        waiter.BeginSelect();
        waiter.AddReceive(a, _memory.Alloc(8));
        waiter.AddSend(a, _memory.Long(3));
        waiter.AddSend(b, _memory.Long(4));
        Assert.That(ChannelSelect.Run(waiter, false, ref _random, ref _host), Is.EqualTo(ChannelStatus.WouldBlock));
        Assert.That(waiter.EnqueuedCases, Is.EqualTo(3));
        Assert.That(waiter.Cancel(), Is.True);
        Assert.That(waiter.State, Is.EqualTo(WaiterState.Cancelled));
        Assert.That(waiter.EnqueuedCases, Is.Zero);
        Assert.That(a.WaitingReceivers + a.WaitingSenders + b.WaitingSenders, Is.Zero);

        byte* slot = _memory.Alloc(8);
        Assert.That(b.TryReceive(slot, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(b.TryReceive(slot, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(Kit.Read(slot), Is.EqualTo(2));
        Assert.That(b.TryReceive(slot, ref _host), Is.EqualTo(ChannelStatus.NotReady), "the cancelled message was not delivered");
        Assert.That(_host.Woken, Is.Empty);
        Assert.That(waiter.Cancel(), Is.False, "cancelling twice does nothing");
        Assert.That(waiter.BeginSelect(), Is.EqualTo(ChannelStatus.Ok), "the waiter is reusable");
    }

    [Test]
    public void CancelAfterCompletionReturnsFalseAndKeepsTheResult()
    {
        Channel channel = Kit.Make(8, 0);
        var receiver = new Waiter();
        byte* slot = _memory.Alloc(8);
        channel.Receive(receiver, slot, ref _host);
        channel.TrySend(_memory.Long(5), ref _host);
        Assert.That(receiver.Cancel(), Is.False, "the timeout lost the race: report the value");
        Assert.That(receiver.State, Is.EqualTo(WaiterState.Completed));
        Assert.That(receiver.Status, Is.EqualTo(ChannelStatus.Ok));
        Assert.That(Kit.Read(slot), Is.EqualTo(5));
    }

    [Test]
    public void CancellingFromTheMiddleKeepsTheQueueInOrder()
    {
        Channel channel = Kit.Make(8, 0);
        var senders = new Waiter[6];
        for (int i = 0; i < senders.Length; i++)
        {
            senders[i] = new Waiter();
            channel.Send(senders[i], _memory.Long(i), ref _host);
        }
        Assert.That(senders[0].Cancel() && senders[3].Cancel() && senders[5].Cancel(), Is.True);
        Assert.That(channel.WaitingSenders, Is.EqualTo(3));
        byte* slot = _memory.Alloc(8);
        var received = new List<long>();
        while (channel.TryReceive(slot, ref _host) == ChannelStatus.Ok) received.Add(Kit.Read(slot));
        Assert.That(received, Is.EqualTo(new long[] { 1, 2, 4 }));
        Assert.That(_host.Woken, Is.EqualTo(new[] { senders[1], senders[2], senders[4] }));
    }

    [Test]
    public void ACancelledReceiverIsSkippedBySenders()
    {
        Channel channel = Kit.Make(8, 0);
        var first = new Waiter();
        var second = new Waiter();
        byte* firstSlot = _memory.Long(-1), secondSlot = _memory.Long(-1);
        channel.Receive(first, firstSlot, ref _host);
        channel.Receive(second, secondSlot, ref _host);
        first.Cancel();
        Assert.That(channel.TrySend(_memory.Long(6), ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(Kit.Read(firstSlot), Is.EqualTo(-1));
        Assert.That(Kit.Read(secondSlot), Is.EqualTo(6));
        Assert.That(channel.Close(ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(_host.Woken, Is.EqualTo(new[] { second }), "close does not wake a cancelled waiter");
    }
}
