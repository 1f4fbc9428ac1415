using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Channels;
using GoOS.Kernel.Scheduling;

namespace GoOS.Kernel.Ipc
{
    using Channel = GoOS.Kernel.Channels.Channel;

    /// <summary>Every channel of the system by kernel id, the registry of published names, and
    /// what the channel core needs from the kernel: waking a thread (IWaitHost) and a random
    /// source for select. Guarded by: interrupts off.</summary>
    internal static class KernelChannels
    {
        public const int MaximumChannels = 4096;

        private static readonly Channel[] s_channels = new Channel[MaximumChannels];
        private static ChannelRegistry s_registry;
        private static XorShiftRandom s_random;

        public static ChannelRegistry Registry => s_registry;

        /// <summary>Wakes a thread whose waiter a channel operation completed (no switch).</summary>
        public struct SchedulerHost : IWaitHost
        {
            public void Wake(Waiter waiter) => Scheduler.MakeRunnable((Thread)waiter.Owner);
        }

        public static void Initialize()
        {
            s_registry = new ChannelRegistry();
            s_random = new XorShiftRandom(Cpu.ReadTimeStampCounter() | 1);
        }

        public static ref XorShiftRandom Random => ref s_random;

        /// <summary>A new channel with a kernel id; null when the sizes are out of range or the
        /// table is full.</summary>
        public static Channel Create(int elementSize, int capacity, bool carriesHandles, out ChannelStatus status)
        {
            int id = -1;
            for (int i = 1; i < MaximumChannels && id < 0; i++) if (s_channels[i] == null) id = i;
            if (id < 0)
            {
                status = ChannelStatus.Busy;
                return null;
            }
            status = Channel.Create(elementSize, capacity, out Channel channel);
            if (status != ChannelStatus.Ok) return null;
            channel.KernelId = id;
            channel.CarriesHandles = carriesHandles;
            s_channels[id] = channel;
            return channel;
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
        /// again. The object itself stays in the kernel heap (not pooled yet).</summary>
        public static void ForgetIfUnheld(Channel channel)
        {
            if (channel.SendHolders + channel.ReceiveHolders > 0 || channel.KernelId == 0) return;
            s_channels[channel.KernelId] = null;
            channel.KernelId = 0;
        }
    }
}
