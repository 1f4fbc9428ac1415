using GoOS.Kernel.Channels;
using NUnit.Framework;

namespace GoOS.Tests.Host.Channels;

/// <summary>The kernel heap never frees, so once a channel, registry and Waiters exist no
/// operation may allocate: measured with the runtime's per-thread allocation counter.</summary>
public unsafe class ChannelAllocationTests
{
    private struct CountingHost : IWaitHost
    {
        public int Woken;

        public void Wake(Waiter waiter) => Woken++;
    }

    [Test]
    public void OperationsWaitsCancelsAndRegistryCallsAllocateNothing()
    {
        var memory = new TestMemory();
        var host = new CountingHost();
        var random = new XorShiftRandom(3);
        Channel buffered = Kit.Make(8, 2), rendezvous = Kit.Make(8, 0);
        var registry = new ChannelRegistry();
        var sender = new Waiter(4);
        var receiver = new Waiter(4);
        var looker = new Waiter(1);
        byte* message = memory.Long(1), slot = memory.Alloc(8), nameBuffer = memory.Alloc(ChannelName.MaxLength);

        void Round()
        {
            buffered.TrySend(message, ref host);
            buffered.TryReceive(slot, ref host);
            rendezvous.Send(sender, message, ref host);
            rendezvous.Receive(receiver, slot, ref host);
            sender.BeginSelect();
            sender.AddSend(rendezvous, message);
            sender.AddReceive(buffered, slot);
            ChannelSelect.Run(sender, false, ref random, ref host);
            sender.Cancel();
            receiver.BeginSelect();
            ChannelSelect.Run(receiver, true, ref random, ref host);
            registry.LookupOrWait("svc"u8, looker, out _);
            registry.Publish("svc"u8, buffered, 1, ref host);
            registry.Lookup("svc"u8, out _);
            registry.NameAt(0, new Span<byte>(nameBuffer, ChannelName.MaxLength), out _);
            registry.Unpublish("svc"u8, 1);
            registry.LookupOrWait("other"u8, looker, out _);
            looker.Cancel();
        }

        Round();   // first calls may JIT and initialize statics
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) Round();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(allocated, Is.Zero);
        Assert.That(host.Woken, Is.GreaterThan(1000), "the rounds really completed waiters");
    }
}
