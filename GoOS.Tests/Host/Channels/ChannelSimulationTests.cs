using GoOS.Kernel.Channels;
using NUnit.Framework;

namespace GoOS.Tests.Host.Channels;

/// <summary>Many threads, many channels, random interleavings: nothing is lost, duplicated or
/// reordered. One test simulates the threads as Waiters driven by a seeded random schedule (the
/// same run every time); the other runs real .NET threads against the core under one lock, as
/// the kernel runs it with interrupts off.</summary>
public unsafe class ChannelSimulationTests
{
    private const int SlotsPerThread = 4;

    /// <summary>A simulated thread: its Waiter, one 8-byte slot per case, and the ids its pending
    /// send cases offer.</summary>
    private sealed class SimThread
    {
        public int Number;
        public Waiter Waiter;
        public IntPtr[] Slots = new IntPtr[SlotsPerThread];
        public long NextSequence;
        public bool Blocked;
    }

    private sealed class Books
    {
        public readonly HashSet<long> Sent = new HashSet<long>();
        public readonly HashSet<long> Received = new HashSet<long>();
        public readonly Dictionary<Channel, HashSet<long>> Offered = new Dictionary<Channel, HashSet<long>>();
        public readonly Dictionary<(Channel, long), long> LastFromSender = new Dictionary<(Channel, long), long>();
        public int Completions, Closes, Cancels;

        public void Receive(Channel channel, long id)
        {
            Assert.That(Received.Add(id), Is.True, $"message {id} received twice");
            Assert.That(Offered[channel], Does.Contain(id), $"message {id} was never sent on that channel");
            long sender = id / 1_000_000, sequence = id % 1_000_000;
            if (LastFromSender.TryGetValue((channel, sender), out long last)) Assert.That(sequence, Is.GreaterThan(last), "one sender's messages arrive in order");
            LastFromSender[(channel, sender)] = sequence;
        }
    }

    [TestCase(1UL)]
    [TestCase(2UL)]
    [TestCase(3UL)]
    [TestCase(0xC0FFEEUL)]
    public void RandomInterleavingsLoseDuplicateAndReorderNothing(ulong seed)
    {
        const int Threads = 12, ChannelCount = 5, Steps = 20_000;
        var memory = new TestMemory();
        var host = RecordingHost.Create();
        var schedule = new XorShiftRandom(seed);
        var selectRandom = new XorShiftRandom(seed * 31 + 1);
        var books = new Books();
        int[] capacities = { 0, 0, 1, 3, 8 };
        var channels = new Channel[ChannelCount];
        var everyChannel = new List<Channel>();
        Channel NewChannel(int i)
        {
            Channel channel = Kit.Make(8, capacities[i]);
            books.Offered[channel] = new HashSet<long>();
            everyChannel.Add(channel);
            return channel;
        }
        for (int i = 0; i < ChannelCount; i++) channels[i] = NewChannel(i);

        var threads = new SimThread[Threads];
        for (int t = 0; t < Threads; t++)
        {
            threads[t] = new SimThread { Number = t + 1, Waiter = new Waiter(SlotsPerThread) };
            threads[t].Waiter.Owner = threads[t];
            for (int s = 0; s < SlotsPerThread; s++) threads[t].Slots[s] = (IntPtr)memory.Alloc(8);
        }

        // Fills slot for a send: a fresh id, increasing per thread.
        long Offer(SimThread thread, int slot, Channel channel)
        {
            long id = thread.Number * 1_000_000L + ++thread.NextSequence;
            *(long*)thread.Slots[slot] = id;
            if (channel != null) books.Offered[channel].Add(id);
            return id;
        }

        // What a thread does with the result of its operation (at once or when woken).
        void Finish(SimThread thread, ChannelStatus status)
        {
            Waiter waiter = thread.Waiter;
            thread.Blocked = false;
            if (status == ChannelStatus.NotReady || status == ChannelStatus.Cancelled) return;
            books.Completions++;
            WaitCase item = waiter.Case(waiter.SelectedCase);
            long value = *(long*)item.Data;
            if (item.Kind == WaitKind.Send)
            {
                if (status == ChannelStatus.Ok) Assert.That(books.Sent.Add(value), Is.True);
                else Assert.That(status, Is.EqualTo(ChannelStatus.Closed));
            }
            else if (status == ChannelStatus.Ok) books.Receive(item.Channel, value);
            else
            {
                Assert.That(status, Is.EqualTo(ChannelStatus.Closed));
                Assert.That(value, Is.Zero, "a receive from a closed channel yields zeros");
            }
        }

        void Started(SimThread thread, ChannelStatus status)
        {
            if (status == ChannelStatus.WouldBlock) thread.Blocked = true;
            else Finish(thread, status);
        }

        for (int step = 0; step < Steps; step++)
        {
            SimThread thread = threads[schedule.Next(Threads)];
            Waiter waiter = thread.Waiter;
            uint action = schedule.Next(100);
            if (thread.Blocked)
            {
                if (action < 3 && waiter.Cancel())
                {
                    books.Cancels++;
                    Finish(thread, ChannelStatus.Cancelled);
                }
            }
            else if (action < 25)
            {
                Channel channel = channels[schedule.Next(ChannelCount)];
                Offer(thread, 0, channel);
                Started(thread, channel.Send(waiter, (byte*)thread.Slots[0], ref host));
            }
            else if (action < 50)
            {
                Channel channel = channels[schedule.Next(ChannelCount)];
                *(long*)thread.Slots[0] = -1;
                Started(thread, channel.Receive(waiter, (byte*)thread.Slots[0], ref host));
            }
            else if (action < 99)
            {
                waiter.BeginSelect();
                int cases = 1 + (int)schedule.Next(SlotsPerThread);
                for (int i = 0; i < cases; i++)
                {
                    Channel channel = schedule.Next(20) == 0 ? null : channels[schedule.Next(ChannelCount)];
                    if (schedule.Next(2) == 0)
                    {
                        Offer(thread, i, channel);
                        Assert.That(waiter.AddSend(channel, (byte*)thread.Slots[i]), Is.EqualTo(ChannelStatus.Ok));
                    }
                    else
                    {
                        *(long*)thread.Slots[i] = -1;
                        Assert.That(waiter.AddReceive(channel, (byte*)thread.Slots[i]), Is.EqualTo(ChannelStatus.Ok));
                    }
                }
                Started(thread, ChannelSelect.Run(waiter, schedule.Next(4) == 0, ref selectRandom, ref host));
            }
            else
            {
                int index = (int)schedule.Next(ChannelCount);
                Assert.That(channels[index].Close(ref host), Is.EqualTo(ChannelStatus.Ok));
                books.Closes++;
                channels[index] = NewChannel(index);   // keep the traffic going on a fresh channel
            }

            foreach (Waiter woken in host.Woken)
            {
                var owner = (SimThread)woken.Owner;
                Assert.That(owner.Blocked, Is.True, "only a waiting thread is woken, once");
                Assert.That(woken.State, Is.EqualTo(WaiterState.Completed));
                Assert.That(woken.EnqueuedCases, Is.Zero);
                Finish(owner, woken.Status);
            }
            host.Woken.Clear();
        }

        // The end: every blocked thread times out, then every channel is drained.
        foreach (SimThread thread in threads)
        {
            if (!thread.Blocked) continue;
            Assert.That(thread.Waiter.Cancel(), Is.True);
            Assert.That(thread.Waiter.EnqueuedCases, Is.Zero);
        }
        byte* slot = memory.Alloc(8);
        foreach (Channel channel in everyChannel)
        {
            Assert.That(channel.WaitingSenders + channel.WaitingReceivers, Is.Zero, "cancelled waiters left nothing behind");
            while (channel.TryReceive(slot, ref host) == ChannelStatus.Ok) books.Receive(channel, *(long*)slot);
        }
        Assert.That(host.Woken, Is.Empty);
        Assert.That(books.Received, Is.EquivalentTo(books.Sent), "every message sent was received exactly once");
        Assert.That(books.Sent.Count, Is.GreaterThan(2000), "the simulation moved real traffic");
        Assert.That(books.Closes, Is.GreaterThan(10));
        Assert.That(books.Cancels, Is.GreaterThan(10));
    }

    /// <summary>Producers select over sends to all channels, consumers over receives from all;
    /// the core runs under one lock, and a blocked thread waits on its semaphore, which the
    /// IWaitHost releases.</summary>
    [Test]
    public void RealThreadsUnderOneLockLoseAndDuplicateNothing()
    {
        const int Producers = 4, Consumers = 3, MessagesPerProducer = 3000;
        var gate = new object();
        var memory = new TestMemory();
        Channel[] channels = { Kit.Make(8, 0), Kit.Make(8, 1), Kit.Make(8, 4) };
        var sent = new List<long>();
        var received = new List<long>();
        var failures = new List<string>();
        var timeout = TimeSpan.FromSeconds(60);

        // Runs one select to completion: returns the Waiter with its result.
        ChannelStatus RunSelect(Waiter waiter, ref XorShiftRandom random, SemaphoreSlim wakeUp)
        {
            var host = new SemaphoreHost();
            ChannelStatus status;
            lock (gate) status = ChannelSelect.Run(waiter, false, ref random, ref host);
            if (status != ChannelStatus.WouldBlock) return status;
            if (!wakeUp.Wait(timeout)) throw new TimeoutException("a blocked select was never woken");
            lock (gate) return waiter.Status;
        }

        void Produce(int number)
        {
            var waiter = new Waiter(channels.Length);
            var wakeUp = new SemaphoreSlim(0);
            waiter.Owner = wakeUp;
            var random = new XorShiftRandom((ulong)number * 7919);
            byte*[] slots = new byte*[channels.Length];
            lock (gate) for (int i = 0; i < slots.Length; i++) slots[i] = memory.Alloc(8);
            long sequence = 0;
            for (int m = 0; m < MessagesPerProducer; m++)
            {
                lock (gate)
                {
                    waiter.BeginSelect();
                    for (int i = 0; i < channels.Length; i++)
                    {
                        *(long*)slots[i] = number * 1_000_000L + ++sequence;
                        waiter.AddSend(channels[i], slots[i]);
                    }
                }
                ChannelStatus status = RunSelect(waiter, ref random, wakeUp);
                lock (gate)
                {
                    if (status != ChannelStatus.Ok) failures.Add($"send ended {status}");
                    else sent.Add(*(long*)slots[waiter.SelectedCase]);
                }
            }
        }

        void Consume(int number)
        {
            var waiter = new Waiter(channels.Length);
            var wakeUp = new SemaphoreSlim(0);
            waiter.Owner = wakeUp;
            var random = new XorShiftRandom((ulong)number * 104729);
            byte*[] slots = new byte*[channels.Length];
            lock (gate) for (int i = 0; i < slots.Length; i++) slots[i] = memory.Alloc(8);
            var open = new List<Channel>(channels);
            while (open.Count > 0)
            {
                lock (gate)
                {
                    waiter.BeginSelect();
                    for (int i = 0; i < open.Count; i++) waiter.AddReceive(open[i], slots[i]);
                }
                ChannelStatus status = RunSelect(waiter, ref random, wakeUp);
                lock (gate)
                {
                    int selected = waiter.SelectedCase;
                    if (status == ChannelStatus.Ok) received.Add(*(long*)slots[selected]);
                    else if (status == ChannelStatus.Closed) open.RemoveAt(selected);
                    else failures.Add($"receive ended {status}");
                }
            }
        }

        // An exception on a thread of its own would end the test run: report it as a failure.
        System.Threading.Thread Start(Action<int> body, int number) => new System.Threading.Thread(() =>
        {
            try { body(number); }
            catch (Exception e) { lock (gate) failures.Add(e.Message); }
        });
        var producers = Enumerable.Range(1, Producers).Select(n => Start(Produce, n)).ToList();
        var consumers = Enumerable.Range(1, Consumers).Select(n => Start(Consume, n)).ToList();
        foreach (var thread in consumers.Concat(producers)) thread.Start();
        foreach (var thread in producers) Assert.That(thread.Join(timeout), Is.True, "a producer hung");
        var closer = new RecordingHost { Woken = new List<Waiter>() };
        lock (gate)
        {
            foreach (Channel channel in channels) channel.Close(ref closer);
            foreach (Waiter woken in closer.Woken) ((SemaphoreSlim)woken.Owner).Release();
        }
        foreach (var thread in consumers) Assert.That(thread.Join(timeout), Is.True, "a consumer hung");

        Assert.That(failures, Is.Empty);
        Assert.That(sent, Has.Count.EqualTo(Producers * MessagesPerProducer));
        Assert.That(received, Has.Count.EqualTo(sent.Count), "nothing lost");
        Assert.That(received.Distinct().Count(), Is.EqualTo(received.Count), "nothing duplicated");
        Assert.That(received, Is.EquivalentTo(sent));
    }
}
