using GoOS.Kernel.Channels;
using NUnit.Framework;

namespace GoOS.Tests.Host.Channels;

/// <summary>Send, receive, buffering and rendezvous of one channel, driven step by step: each
/// Waiter stands for a thread, and "blocking" means the call returned WouldBlock.</summary>
public unsafe class ChannelBasicsTests
{
    private TestMemory _memory;
    private RecordingHost _host;

    [SetUp]
    public void SetUp()
    {
        _memory = new TestMemory();
        _host = RecordingHost.Create();
    }

    [Test]
    public void CreateRejectsSizesOutsideTheLimits()
    {
        Assert.That(Channel.Create(-1, 1, out Channel c), Is.EqualTo(ChannelStatus.BadSize));
        Assert.That(c, Is.Null);
        Assert.That(Channel.Create(8, -1, out _), Is.EqualTo(ChannelStatus.BadSize));
        Assert.That(Channel.Create(ChannelLimits.MaxElementSize + 1, 0, out _), Is.EqualTo(ChannelStatus.BadSize));
        Assert.That(Channel.Create(1, ChannelLimits.MaxCapacity + 1, out _), Is.EqualTo(ChannelStatus.BadSize));
        Assert.That(Channel.Create(ChannelLimits.MaxElementSize, ChannelLimits.MaxCapacity, out _), Is.EqualTo(ChannelStatus.BadSize), "total buffer bytes are bounded");
        Assert.That(Channel.Create(ChannelLimits.MaxElementSize, 0, out _), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(Channel.Create(16, ChannelLimits.MaxCapacity, out _), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(Channel.Create(0, 5, out _), Is.EqualTo(ChannelStatus.Ok));
    }

    [Test]
    public void BufferedChannelIsFifoAndReportsCountAndCapacity()
    {
        Channel channel = Kit.Make(8, 3);
        Assert.That(channel.Capacity, Is.EqualTo(3));
        for (int round = 0; round < 5; round++)   // several rounds, so the ring wraps
        {
            for (long i = 1; i <= 3; i++) Assert.That(channel.TrySend(_memory.Long(round * 10 + i), ref _host), Is.EqualTo(ChannelStatus.Ok));
            Assert.That(channel.Count, Is.EqualTo(3));
            Assert.That(channel.TrySend(_memory.Long(99), ref _host), Is.EqualTo(ChannelStatus.NotReady));
            byte* slot = _memory.Alloc(8);
            Assert.That(channel.TryReceive(slot, ref _host), Is.EqualTo(ChannelStatus.Ok));
            Assert.That(Kit.Read(slot), Is.EqualTo(round * 10 + 1));
            Assert.That(channel.TrySend(_memory.Long(round * 10 + 4), ref _host), Is.EqualTo(ChannelStatus.Ok));
            for (long i = 2; i <= 4; i++)
            {
                Assert.That(channel.TryReceive(slot, ref _host), Is.EqualTo(ChannelStatus.Ok));
                Assert.That(Kit.Read(slot), Is.EqualTo(round * 10 + i));
            }
            Assert.That(channel.Count, Is.Zero);
            Assert.That(channel.TryReceive(slot, ref _host), Is.EqualTo(ChannelStatus.NotReady));
        }
        Assert.That(_host.Woken, Is.Empty);
    }

    [Test]
    public void UnbufferedSendWaitsForAReceiverAndHandsItTheValue()
    {
        Channel channel = Kit.Make(8, 0);
        var sender = new Waiter();
        Assert.That(channel.TrySend(_memory.Long(7), ref _host), Is.EqualTo(ChannelStatus.NotReady), "no receiver: a rendezvous cannot complete");
        Assert.That(channel.Send(sender, _memory.Long(42), ref _host), Is.EqualTo(ChannelStatus.WouldBlock));
        Assert.That(sender.State, Is.EqualTo(WaiterState.Waiting));
        Assert.That(channel.WaitingSenders, Is.EqualTo(1));
        Assert.That(channel.Count, Is.Zero);

        byte* slot = _memory.Alloc(8);
        Assert.That(channel.Receive(new Waiter(), slot, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(Kit.Read(slot), Is.EqualTo(42));
        Assert.That(_host.Woken, Is.EqualTo(new[] { sender }));
        Assert.That(sender.State, Is.EqualTo(WaiterState.Completed));
        Assert.That(sender.Status, Is.EqualTo(ChannelStatus.Ok));
        Assert.That(channel.WaitingSenders, Is.Zero);
    }

    [Test]
    public void UnbufferedReceiveWaitsForASenderAndGetsItsValue()
    {
        Channel channel = Kit.Make(8, 0);
        var receiver = new Waiter();
        byte* slot = _memory.Alloc(8);
        Assert.That(channel.Receive(receiver, slot, ref _host), Is.EqualTo(ChannelStatus.WouldBlock));
        Assert.That(channel.WaitingReceivers, Is.EqualTo(1));
        Assert.That(channel.TrySend(_memory.Long(5), ref _host), Is.EqualTo(ChannelStatus.Ok), "a waiting receiver makes a send ready");
        Assert.That(_host.Woken, Is.EqualTo(new[] { receiver }));
        Assert.That(receiver.Status, Is.EqualTo(ChannelStatus.Ok));
        Assert.That(receiver.SelectedCase, Is.Zero);
        Assert.That(Kit.Read(slot), Is.EqualTo(5));
        Assert.That(channel.Count, Is.Zero, "a rendezvous never buffers");
    }

    [Test]
    public void RendezvousPairsEachValueWithExactlyOneReceiver()
    {
        Channel channel = Kit.Make(8, 0);
        var receivers = new Waiter[10];
        var slots = new long[10];
        byte*[] slotPointers = new byte*[10];
        for (int i = 0; i < 10; i++)
        {
            receivers[i] = new Waiter();
            slotPointers[i] = _memory.Alloc(8);
            Assert.That(channel.Receive(receivers[i], slotPointers[i], ref _host), Is.EqualTo(ChannelStatus.WouldBlock));
        }
        for (long v = 100; v < 110; v++) Assert.That(channel.Send(new Waiter(), _memory.Long(v), ref _host), Is.EqualTo(ChannelStatus.Ok));
        for (int i = 0; i < 10; i++) slots[i] = Kit.Read(slotPointers[i]);
        Assert.That(slots, Is.EqualTo(Enumerable.Range(100, 10).Select(v => (long)v)), "first waiting receiver gets the first value");
        Assert.That(_host.Woken, Is.EqualTo(receivers));
    }

    [TestCase(0)]
    [TestCase(2)]
    public void ManyBlockedSendersAreServedInFifoOrder(int capacity)
    {
        Channel channel = Kit.Make(8, capacity);
        const int Senders = 20;
        var waiters = new List<Waiter>();
        for (long v = 0; v < Senders; v++)
        {
            var waiter = new Waiter();
            ChannelStatus status = channel.Send(waiter, _memory.Long(v), ref _host);
            Assert.That(status, Is.EqualTo(v < capacity ? ChannelStatus.Ok : ChannelStatus.WouldBlock));
            if (status == ChannelStatus.WouldBlock) waiters.Add(waiter);
        }
        Assert.That(channel.WaitingSenders, Is.EqualTo(Senders - capacity));
        byte* slot = _memory.Alloc(8);
        for (long v = 0; v < Senders; v++)
        {
            Assert.That(channel.TryReceive(slot, ref _host), Is.EqualTo(ChannelStatus.Ok));
            Assert.That(Kit.Read(slot), Is.EqualTo(v));
            Assert.That(channel.Count, Is.EqualTo(Math.Min(capacity, Senders - 1 - (int)v)), "a blocked sender refills the ring slot just freed");
        }
        Assert.That(_host.Woken, Is.EqualTo(waiters), "senders are woken in the order they blocked");
        Assert.That(waiters.All(w => w.Status == ChannelStatus.Ok), Is.True);
    }

    [Test]
    public void ZeroSizeMessagesNeedNoMemory()
    {
        Channel buffered = Kit.Make(0, 2);
        Assert.That(buffered.TrySend(null, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(buffered.TrySend(null, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(buffered.TrySend(null, ref _host), Is.EqualTo(ChannelStatus.NotReady));
        Assert.That(buffered.TryReceive(null, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(buffered.Count, Is.EqualTo(1));

        Channel signal = Kit.Make(0, 0);
        var waiter = new Waiter();
        Assert.That(signal.Receive(waiter, null, ref _host), Is.EqualTo(ChannelStatus.WouldBlock));
        Assert.That(signal.TrySend(null, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(waiter.Status, Is.EqualTo(ChannelStatus.Ok));
    }

    [Test]
    public void BadArgumentsAndBusyWaitersAreRefusedAndChangeNothing()
    {
        Channel channel = Kit.Make(8, 0);
        var waiter = new Waiter();
        Assert.That(channel.TrySend(null, ref _host), Is.EqualTo(ChannelStatus.BadArgument));
        Assert.That(channel.Send(null, _memory.Long(1), ref _host), Is.EqualTo(ChannelStatus.BadArgument));
        Assert.That(channel.Receive(waiter, null, ref _host), Is.EqualTo(ChannelStatus.BadArgument));
        Assert.That(channel.Receive(waiter, _memory.Alloc(8), ref _host), Is.EqualTo(ChannelStatus.WouldBlock));
        Assert.That(channel.Send(waiter, _memory.Long(1), ref _host), Is.EqualTo(ChannelStatus.Busy), "one thread waits on one thing");
        Assert.That(waiter.BeginSelect(), Is.EqualTo(ChannelStatus.Busy));
        Assert.That(channel.WaitingReceivers, Is.EqualTo(1));
        Assert.That(channel.WaitingSenders, Is.Zero);
    }
}
