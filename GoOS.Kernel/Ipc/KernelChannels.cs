using GoOS.Abi;
using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Channels;
using GoOS.Kernel.Processes;
using GoOS.Kernel.Scheduling;

namespace GoOS.Kernel.Ipc
{
    using Channel = GoOS.Kernel.Channels.Channel;
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>Every channel of the system by kernel id, the registry of published names, and
    /// what the channel core needs from the kernel: waking a thread (IWaitHost) and a random
    /// source for select. Guarded by: interrupts off.</summary>
    internal static class KernelChannels
    {
        public const int MaximumChannels = 4096;

        private static readonly Channel[] s_channels = new Channel[MaximumChannels];
        // Channel objects nobody holds any more, for reuse (the kernel heap never frees).
        private static readonly Channel[] s_pool = new Channel[MaximumChannels];
        private static int s_pooled;
        private static ChannelRegistry s_registry;
        private static XorShiftRandom s_random;

        public static ChannelRegistry Registry => s_registry;

        /// <summary>Wakes a thread whose waiter a channel operation completed (no switch).</summary>
        public struct SchedulerHost : IWaitHost
        {
            public void Wake(Waiter waiter) => Scheduler.WakeSoon((Thread)waiter.Owner);
        }

        public static void Initialize()
        {
            s_registry = new ChannelRegistry();
            s_random = new XorShiftRandom(Cpu.ReadTimeStampCounter() | 1);
        }

        public static ref XorShiftRandom Random => ref s_random;

        /// <summary>A new channel with a kernel id; null when the sizes are out of range or the
        /// table is full.</summary>
        public static Channel Create(int elementSize, int capacity, ChannelKind kind, out ChannelStatus status)
        {
            int id = -1;
            for (int i = 1; i < MaximumChannels && id < 0; i++) if (s_channels[i] == null) id = i;
            if (id < 0)
            {
                status = ChannelStatus.Busy;
                return null;
            }
            Channel channel = Reuse(elementSize, capacity);
            status = ChannelStatus.Ok;
            if (channel == null)
            {
                status = Channel.Create(elementSize, capacity, out channel);
                if (status != ChannelStatus.Ok) return null;
            }
            channel.KernelId = id;
            channel.CarriesHandles = kind == ChannelKind.Handles;
            channel.CarriesObjects = kind == ChannelKind.Objects;
            s_channels[id] = channel;
            return channel;
        }

        /// <summary>A channel the kernel sends into and process receives from (forwarded IRQs,
        /// the screen's log): the kernel holds its sending side, process a receive-only handle,
        /// which is returned. OutOfMemory or NoHandles (nothing made) otherwise.</summary>
        public static long CreateKernelFed(Process process, int messageBytes, int capacity, out Channel channel)
        {
            channel = Create(messageBytes, capacity, ChannelKind.Bytes, out _);
            if (channel == null) return (long)Status.OutOfMemory;
            int handle = process.Channels.Add(channel, ChannelRights.Receive);
            channel.AddHolder(ChannelRights.Send);   // the kernel's side
            if (handle >= 0) return handle;
            Release(channel, ChannelRights.Send);
            channel = null;
            return (long)Status.NoHandles;
        }

        /// <summary>Gives up a channel CreateKernelFed made when what it was for cannot be set up:
        /// process's handle and the kernel's side.</summary>
        public static void ReleaseKernelFed(Process process, long handle, Channel channel)
        {
            if (process.Channels.Remove(handle, out ChannelRights rights) != null) Release(channel, rights);
            Release(channel, ChannelRights.Send);
        }

        /// <summary>Gives channel a kernel id again if ForgetIfUnheld took it (a channel that was
        /// only published, then looked up). False when the table is full.</summary>
        public static bool EnsureId(Channel channel)
        {
            if (channel.KernelId != 0) return true;
            for (int i = 1; i < MaximumChannels; i++)
            {
                if (s_channels[i] != null) continue;
                s_channels[i] = channel;
                channel.KernelId = i;
                return true;
            }
            return false;
        }

        /// <summary>Gives up one holder of channel (a closed handle, a dying process's handles, a
        /// handle message that was not delivered).</summary>
        public static void Release(Channel channel, ChannelRights rights)
        {
            var host = new SchedulerHost();
            channel.RemoveHolder(rights, ref host);
            ForgetIfUnheld(channel);
        }

        public static Channel ById(long id) => id > 0 && id < MaximumChannels ? s_channels[id] : null;

        /// <summary>Drops a channel nobody holds any more (no handle, none in flight): its id is free
        /// again, and unless a name still publishes it, its object goes to the pool.</summary>
        public static void ForgetIfUnheld(Channel channel)
        {
            // KernelId 0: forgotten already (pooled, or kept only by a name).
            if (channel.SendHolders + channel.ReceiveHolders > 0 || channel.KernelId == 0) return;
            s_channels[channel.KernelId] = null;
            channel.KernelId = 0;
            if (s_registry.IsPublished(channel)) return;
            GiveUpBuffered(channel);
            if (s_pooled < MaximumChannels) s_pool[s_pooled++] = channel;
        }

        /// <summary>A thread of an ending process leaves the channel operation it is in: its wait
        /// is cancelled, and the messages of objects or handles its system call still held (staged
        /// to send and not taken, or received and not delivered) are given up, since nobody will
        /// get them now. Called for each thread before it is killed.</summary>
        public static unsafe void Abandon(Thread thread)
        {
            Waiter waiter = thread.Waiter;
            bool cancelled = waiter.Cancel();
            if (!thread.CarriesMessages) return;
            thread.CarriesMessages = false;
            for (int i = 0; i < waiter.CaseCount; i++)
            {
                WaitCase item = waiter.Case(i);
                if (item.Channel == null) continue;
                bool chosen = !cancelled && i == waiter.SelectedCase && waiter.Status == ChannelStatus.Ok;
                if (item.Kind == WaitKind.Send ? !chosen : chosen) GiveUp(item.Channel, item.Data);
            }
        }

        // Gives up one message of a channel carrying objects (released) or handles (no longer in
        // flight); other messages hold nothing.
        private static unsafe void GiveUp(Channel channel, byte* message)
        {
            if (channel.CarriesObjects)
            {
                var carried = (ObjectMessage*)message;
                if (carried->Address != 0) HeapPages.ReleaseMessage(HeapPages.InFlight, carried);
                return;
            }
            if (!channel.CarriesHandles) return;
            Channel held = ById(*(long*)message);
            if (held != null) Release(held, (ChannelRights)(*(long*)(message + 8)));
        }

        // The messages left in a channel nobody can receive from any more: objects in flight are
        // released (their pages freed unless someone else owns something there), handles in
        // flight stop counting as holders.
        private static unsafe void GiveUpBuffered(Channel channel)
        {
            if (!channel.CarriesObjects && !channel.CarriesHandles) return;
            byte* message = stackalloc byte[channel.ElementSize];
            while (channel.TakeBuffered(message)) GiveUp(channel, message);
        }

        // A pooled channel whose ring holds elementSize × capacity bytes, made new; or null.
        private static Channel Reuse(int elementSize, int capacity)
        {
            for (int i = s_pooled - 1; i >= 0; i--)
            {
                if (!s_pool[i].TryReuse(elementSize, capacity)) continue;
                Channel channel = s_pool[i];
                s_pool[i] = s_pool[--s_pooled];
                s_pool[s_pooled] = null;
                return channel;
            }
            return null;
        }
    }
}
