using GoOS.Kernel.Channels;
using NUnit.Framework;

namespace GoOS.Tests.Host.Channels;

/// <summary>Close and the peer-death rule: who is woken, with what, and what happens to messages.</summary>
public unsafe class ChannelCloseTests
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
    public void CloseWakesEveryBlockedReceiverWithTheZeroValueAndClosed()
    {
        Channel channel = Kit.Make(8, 0);
        var receivers = new List<Waiter>();
        var slots = new List<IntPtr>();
        for (int i = 0; i < 5; i++)
        {
            var waiter = new Waiter();
            byte* slot = _memory.Long(-1);
            Assert.That(channel.Receive(waiter, slot, ref _host), Is.EqualTo(ChannelStatus.WouldBlock));
            receivers.Add(waiter);
            slots.Add((IntPtr)slot);
        }
        Assert.That(channel.Close(ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(_host.Woken, Is.EquivalentTo(receivers));
        Assert.That(receivers.All(w => w.Status == ChannelStatus.Closed && w.State == WaiterState.Completed), Is.True);
        Assert.That(slots.All(s => Kit.Read((byte*)s) == 0), Is.True, "receivers get the zero value");
        Assert.That(channel.WaitingReceivers, Is.Zero);
    }

    [Test]
    public void CloseFailsEveryBlockedSenderAndDeliversNothing()
    {
        Channel channel = Kit.Make(8, 1);
        Assert.That(channel.TrySend(_memory.Long(1), ref _host), Is.EqualTo(ChannelStatus.Ok));
        var senders = new List<Waiter>();
        for (long v = 2; v <= 4; v++)
        {
            var waiter = new Waiter();
            Assert.That(channel.Send(waiter, _memory.Long(v), ref _host), Is.EqualTo(ChannelStatus.WouldBlock));
            senders.Add(waiter);
        }
        Assert.That(channel.Close(ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(_host.Woken, Is.EqualTo(senders));
        Assert.That(senders.All(w => w.Status == ChannelStatus.Closed), Is.True);
        byte* slot = _memory.Alloc(8);
        Assert.That(channel.TryReceive(slot, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(Kit.Read(slot), Is.EqualTo(1), "the buffered message survives close");
        Assert.That(channel.TryReceive(slot, ref _host), Is.EqualTo(ChannelStatus.Closed), "the blocked senders' messages were not delivered");
    }

    [Test]
    public void ReceiversDrainTheBufferAfterCloseThenSeeClosedForever()
    {
        Channel channel = Kit.Make(8, 4);
        for (long v = 1; v <= 3; v++) channel.TrySend(_memory.Long(v), ref _host);
        Assert.That(channel.Close(ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(channel.IsClosed, Is.True);
        byte* slot = _memory.Alloc(8);
        for (long v = 1; v <= 3; v++)
        {
            Assert.That(channel.Receive(new Waiter(), slot, ref _host), Is.EqualTo(ChannelStatus.Ok));
            Assert.That(Kit.Read(slot), Is.EqualTo(v));
        }
        for (int i = 0; i < 3; i++)
        {
            *(long*)slot = 77;
            Assert.That(channel.Receive(new Waiter(), slot, ref _host), Is.EqualTo(ChannelStatus.Closed));
            Assert.That(Kit.Read(slot), Is.Zero);
        }
    }

    [Test]
    public void SendOnAClosedChannelFailsAndClosingTwiceFails()
    {
        Channel channel = Kit.Make(8, 2);
        channel.Close(ref _host);
        var waiter = new Waiter();
        Assert.That(channel.Send(waiter, _memory.Long(1), ref _host), Is.EqualTo(ChannelStatus.Closed));
        Assert.That(channel.TrySend(_memory.Long(1), ref _host), Is.EqualTo(ChannelStatus.Closed));
        Assert.That(channel.Count, Is.Zero);
        Assert.That(channel.Close(ref _host), Is.EqualTo(ChannelStatus.AlreadyClosed));
        Assert.That(_host.Woken, Is.Empty);
    }

    [Test]
    public void TheLastSendersDeathClosesTheChannelForItsReceivers()
    {
        Channel channel = Kit.Make(8, 2);
        channel.AddHolder(ChannelRights.Send | ChannelRights.Receive);   // the creator
        channel.AddHolder(ChannelRights.Send);                           // a second sender
        channel.AddHolder(ChannelRights.Receive);                        // a receiver elsewhere
        channel.TrySend(_memory.Long(9), ref _host);
        Assert.That(channel.RemoveHolder(ChannelRights.Send | ChannelRights.Receive, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(channel.IsClosed, Is.False, "one sender is left");
        byte* slot = _memory.Alloc(8);
        Assert.That(channel.TryReceive(slot, ref _host), Is.EqualTo(ChannelStatus.Ok));
        var receiver = new Waiter();
        Assert.That(channel.Receive(receiver, slot, ref _host), Is.EqualTo(ChannelStatus.WouldBlock));

        Assert.That(channel.RemoveHolder(ChannelRights.Send, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(channel.IsClosed, Is.True);
        Assert.That(_host.Woken, Is.EqualTo(new[] { receiver }));
        Assert.That(receiver.Status, Is.EqualTo(ChannelStatus.Closed), "ok == false");
        Assert.That(channel.SendHolders, Is.Zero);
        Assert.That(channel.ReceiveHolders, Is.EqualTo(1));
    }

    [Test]
    public void TheLastReceiversDeathFailsBlockedAndLaterSenders()
    {
        Channel channel = Kit.Make(8, 0);
        channel.AddHolder(ChannelRights.Send);
        channel.AddHolder(ChannelRights.Receive);
        var sender = new Waiter();
        Assert.That(channel.Send(sender, _memory.Long(3), ref _host), Is.EqualTo(ChannelStatus.WouldBlock));
        Assert.That(channel.RemoveHolder(ChannelRights.Receive, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(_host.Woken, Is.EqualTo(new[] { sender }));
        Assert.That(sender.Status, Is.EqualTo(ChannelStatus.Closed));
        Assert.That(channel.Send(new Waiter(), _memory.Long(4), ref _host), Is.EqualTo(ChannelStatus.Closed));
        Assert.That(channel.WaitingSenders, Is.Zero);
    }

    [Test]
    public void HolderCountsNeverGoNegative()
    {
        Channel channel = Kit.Make(8, 0);
        channel.AddHolder(ChannelRights.Receive);
        Assert.That(channel.RemoveHolder(ChannelRights.Send | ChannelRights.Receive, ref _host), Is.EqualTo(ChannelStatus.BadArgument));
        Assert.That(channel.ReceiveHolders, Is.EqualTo(1), "a refused removal changes nothing");
        Assert.That(channel.IsClosed, Is.False);
        Assert.That(channel.RemoveHolder(ChannelRights.Receive | ChannelRights.Close, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(channel.IsClosed, Is.True);
        Assert.That(channel.RemoveHolder(ChannelRights.Receive, ref _host), Is.EqualTo(ChannelStatus.BadArgument));
    }
}
