using GoOS.Kernel.Channels;
using NUnit.Framework;

namespace GoOS.Tests.Host.Channels;

/// <summary>Select: ready cases, default, fairness, blocking on many channels and completing one.</summary>
public unsafe class ChannelSelectTests
{
    private TestMemory _memory;
    private RecordingHost _host;
    private XorShiftRandom _random;

    [SetUp]
    public void SetUp()
    {
        _memory = new TestMemory();
        _host = RecordingHost.Create();
        _random = new XorShiftRandom(12345);
    }

    [Test]
    public void SelectTakesTheOnlyReadyCase()
    {
        Channel empty = Kit.Make(8, 1), full = Kit.Make(8, 1), room = Kit.Make(8, 0);
        full.TrySend(_memory.Long(11), ref _host);
        var waiter = new Waiter();
        byte* a = _memory.Alloc(8), b = _memory.Alloc(8);
        waiter.BeginSelect();
        waiter.AddReceive(empty, a);
        waiter.AddSend(room, _memory.Long(1));   // unbuffered, nobody receiving: not ready
        waiter.AddReceive(full, b);
        Assert.That(ChannelSelect.Run(waiter, false, ref _random, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(waiter.SelectedCase, Is.EqualTo(2));
        Assert.That(Kit.Read(b), Is.EqualTo(11));
        Assert.That(waiter.EnqueuedCases, Is.Zero);
        Assert.That(empty.WaitingReceivers + room.WaitingSenders, Is.Zero, "an immediate select enqueues nothing");
    }

    [Test]
    public void SelectWithDefaultReturnsNotReadyWhenNothingIsReady()
    {
        Channel a = Kit.Make(8, 0), b = Kit.Make(8, 1);
        b.TrySend(_memory.Long(1), ref _host);
        var waiter = new Waiter();
        waiter.BeginSelect();
        waiter.AddReceive(a, _memory.Alloc(8));
        waiter.AddSend(b, _memory.Long(2));
        Assert.That(ChannelSelect.Run(waiter, true, ref _random, ref _host), Is.EqualTo(ChannelStatus.NotReady));
        Assert.That(waiter.SelectedCase, Is.EqualTo(-1));
        Assert.That(a.WaitingReceivers + b.WaitingSenders, Is.Zero);
        Assert.That(b.Count, Is.EqualTo(1));

        Assert.That(ChannelSelect.Run(waiter, true, ref _random, ref _host), Is.EqualTo(ChannelStatus.Busy), "a select runs once per BeginSelect");
        waiter.BeginSelect();
        Assert.That(ChannelSelect.Run(waiter, true, ref _random, ref _host), Is.EqualTo(ChannelStatus.NotReady), "select {default:}");
    }

    [Test]
    public void SelectWithNoCasesBlocksForeverUntilCancelled()
    {
        var waiter = new Waiter();
        waiter.BeginSelect();
        Assert.That(ChannelSelect.Run(waiter, false, ref _random, ref _host), Is.EqualTo(ChannelStatus.WouldBlock));
        Assert.That(waiter.State, Is.EqualTo(WaiterState.Waiting));
        Channel other = Kit.Make(8, 0);
        other.TrySend(_memory.Long(1), ref _host);
        other.Close(ref _host);
        Assert.That(_host.Woken, Is.Empty, "nothing can complete select {}");
        Assert.That(waiter.State, Is.EqualTo(WaiterState.Waiting));
        Assert.That(waiter.Cancel(), Is.True);
        Assert.That(waiter.Status, Is.EqualTo(ChannelStatus.Cancelled));
    }

    [Test]
    public void NilChannelCasesAreNeverReady()
    {
        Channel live = Kit.Make(8, 0);
        var waiter = new Waiter();
        byte* slot = _memory.Alloc(8);
        waiter.BeginSelect();
        waiter.AddReceive(null, null);
        waiter.AddSend(null, null);
        waiter.AddReceive(live, slot);
        Assert.That(ChannelSelect.Run(waiter, false, ref _random, ref _host), Is.EqualTo(ChannelStatus.WouldBlock));
        Assert.That(waiter.EnqueuedCases, Is.EqualTo(1));
        live.TrySend(_memory.Long(8), ref _host);
        Assert.That(waiter.SelectedCase, Is.EqualTo(2));
        Assert.That(Kit.Read(slot), Is.EqualTo(8));
    }

    [Test]
    public void ReadyCasesAreChosenUniformly()
    {
        Channel left = Kit.Make(8, 1), right = Kit.Make(8, 1);
        var waiter = new Waiter();
        byte* slot = _memory.Alloc(8);
        byte* one = _memory.Long(1);
        int[] wins = new int[2];
        const int Rounds = 10_000;
        for (int i = 0; i < Rounds; i++)
        {
            if (left.Count == 0) left.TrySend(one, ref _host);
            if (right.Count == 0) right.TrySend(one, ref _host);
            waiter.BeginSelect();
            waiter.AddReceive(left, slot);
            waiter.AddReceive(right, slot);
            Assert.That(ChannelSelect.Run(waiter, true, ref _random, ref _host), Is.EqualTo(ChannelStatus.Ok));
            wins[waiter.SelectedCase]++;
        }
        Assert.That(wins[0], Is.InRange(Rounds * 45 / 100, Rounds * 55 / 100));
        Assert.That(wins[1], Is.InRange(Rounds * 45 / 100, Rounds * 55 / 100));
    }

    [Test]
    public void ThreeReadyCasesAmongNotReadyOnesAreEachChosenAboutAThird()
    {
        Channel[] channels = { Kit.Make(8, 1), Kit.Make(8, 0), Kit.Make(8, 1), Kit.Make(8, 0), Kit.Make(8, 1) };
        var waiter = new Waiter();
        byte* slot = _memory.Alloc(8);
        int[] wins = new int[channels.Length];
        const int Rounds = 9_000;
        for (int i = 0; i < Rounds; i++)
        {
            waiter.BeginSelect();
            foreach (Channel channel in channels)
            {
                if (channel.Capacity == 1 && channel.Count == 0) channel.TrySend(slot, ref _host);
                waiter.AddReceive(channel, slot);
            }
            Assert.That(ChannelSelect.Run(waiter, false, ref _random, ref _host), Is.EqualTo(ChannelStatus.Ok));
            wins[waiter.SelectedCase]++;
        }
        Assert.That(wins[1] + wins[3], Is.Zero);
        foreach (int i in new[] { 0, 2, 4 }) Assert.That(wins[i], Is.InRange(Rounds * 30 / 100, Rounds * 37 / 100));
    }

    [Test]
    public void TheRandomSourceDecidesAmongReadyCases()
    {
        Channel a = Kit.Make(8, 1), b = Kit.Make(8, 1);
        a.TrySend(_memory.Long(1), ref _host);
        b.TrySend(_memory.Long(2), ref _host);
        var random = new FixedRandom { Answer = 1 };
        var waiter = new Waiter();
        byte* slot = _memory.Alloc(8);
        waiter.BeginSelect();
        waiter.AddReceive(a, slot);
        waiter.AddReceive(b, slot);
        Assert.That(ChannelSelect.Run(waiter, false, ref random, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(waiter.SelectedCase, Is.EqualTo(1));
        Assert.That(Kit.Read(slot), Is.EqualTo(2));
    }

    [Test]
    public void ABlockedSelectCompletesExactlyOneCaseAndLeavesEveryOtherQueue()
    {
        Channel a = Kit.Make(8, 0), b = Kit.Make(8, 0), c = Kit.Make(8, 0);
        var waiter = new Waiter();
        byte* slotA = _memory.Long(-1), slotB = _memory.Long(-1);
        waiter.BeginSelect();
        waiter.AddReceive(a, slotA);
        waiter.AddReceive(b, slotB);
        waiter.AddSend(c, _memory.Long(30));
        Assert.That(ChannelSelect.Run(waiter, false, ref _random, ref _host), Is.EqualTo(ChannelStatus.WouldBlock));
        Assert.That(a.WaitingReceivers + b.WaitingReceivers + c.WaitingSenders, Is.EqualTo(3));

        Assert.That(b.TrySend(_memory.Long(20), ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(_host.Woken, Is.EqualTo(new[] { waiter }));
        Assert.That(waiter.SelectedCase, Is.EqualTo(1));
        Assert.That(waiter.Status, Is.EqualTo(ChannelStatus.Ok));
        Assert.That(Kit.Read(slotB), Is.EqualTo(20));
        Assert.That(Kit.Read(slotA), Is.EqualTo(-1));
        Assert.That(a.WaitingReceivers + b.WaitingReceivers + c.WaitingSenders, Is.Zero, "the other cases left their queues");
        Assert.That(a.TrySend(_memory.Long(1), ref _host), Is.EqualTo(ChannelStatus.NotReady));
        Assert.That(c.TryReceive(_memory.Alloc(8), ref _host), Is.EqualTo(ChannelStatus.NotReady));
        Assert.That(_host.Woken, Has.Count.EqualTo(1), "completed once");
    }

    [Test]
    public void ABlockedSendCaseIsTakenByAReceiver()
    {
        Channel a = Kit.Make(8, 0), b = Kit.Make(8, 0);
        var waiter = new Waiter();
        waiter.BeginSelect();
        waiter.AddSend(a, _memory.Long(1));
        waiter.AddSend(b, _memory.Long(2));
        Assert.That(ChannelSelect.Run(waiter, false, ref _random, ref _host), Is.EqualTo(ChannelStatus.WouldBlock));
        byte* slot = _memory.Alloc(8);
        var receiver = new Waiter();
        Assert.That(b.Receive(receiver, slot, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(Kit.Read(slot), Is.EqualTo(2));
        Assert.That(waiter.SelectedCase, Is.EqualTo(1));
        Assert.That(a.WaitingSenders, Is.Zero);
    }

    [Test]
    public void ASelectBlockedOnAClosedChannelSeesTheClose()
    {
        Channel a = Kit.Make(8, 0), b = Kit.Make(8, 0);
        var waiter = new Waiter();
        waiter.BeginSelect();
        waiter.AddReceive(a, _memory.Alloc(8));
        waiter.AddSend(b, _memory.Long(2));
        ChannelSelect.Run(waiter, false, ref _random, ref _host);
        b.Close(ref _host);
        Assert.That(waiter.SelectedCase, Is.EqualTo(1));
        Assert.That(waiter.Status, Is.EqualTo(ChannelStatus.Closed), "a send case on a closed channel fails");
        Assert.That(a.WaitingReceivers, Is.Zero);

        waiter.BeginSelect();
        waiter.AddSend(b, _memory.Long(3));
        waiter.AddReceive(a, _memory.Alloc(8));
        Assert.That(ChannelSelect.Run(waiter, false, ref _random, ref _host), Is.EqualTo(ChannelStatus.Closed), "a closed channel is ready at once");
        Assert.That(waiter.SelectedCase, Is.Zero);
    }

    [Test]
    public void CasesBeyondTheWaitersTableAreRefused()
    {
        Channel channel = Kit.Make(8, 0);
        var small = new Waiter(2);
        small.BeginSelect();
        Assert.That(small.AddReceive(channel, _memory.Alloc(8)), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(small.AddReceive(channel, _memory.Alloc(8)), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(small.AddReceive(channel, _memory.Alloc(8)), Is.EqualTo(ChannelStatus.TooManyCases));
        Assert.That(small.CaseCount, Is.EqualTo(2));
        Assert.That(new Waiter(1000).CaseCapacity, Is.EqualTo(ChannelLimits.MaxSelectCases));
        Assert.That(small.AddSend(channel, null), Is.EqualTo(ChannelStatus.TooManyCases));
        small.BeginSelect();
        Assert.That(small.AddSend(channel, null), Is.EqualTo(ChannelStatus.BadArgument), "a non-empty message needs memory");
    }
}
