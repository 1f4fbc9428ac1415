using GoOS.Abi;
using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Channels;
using GoOS.Kernel.Ipc;
using GoOS.Kernel.Scheduling;

namespace GoOS.Kernel.Devices
{
    using Channel = GoOS.Kernel.Channels.Channel;
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>Legacy IRQ lines (the 8259 PICs, vectors 0x20-0x2F) forwarded to driver programs
    /// (ABI: SystemCall.IrqClaim): each claimed line has a kernel channel; the kernel holds its
    /// sending side and, for every interrupt, sends the line's count of interrupts so far without
    /// waiting (dropped when the channel is full) and ends the interrupt at the PIC. The claiming
    /// process holds the receiving side until it ends; then the line is masked and its channel
    /// released. Interrupts off.</summary>
    internal static unsafe class DeviceInterrupts
    {
        private const int Lines = 16;
        private const int MessageBytes = 8, Capacity = 64;

        // Guarded by: interrupts off.
        private static readonly Channel[] s_channels = new Channel[Lines];
        private static readonly Process[] s_owners = new Process[Lines];
        private static readonly long[] s_counts = new long[Lines];

        /// <summary>IrqClaim for process: the receive handle, or NotGranted, Busy, NoHandles, OutOfMemory.</summary>
        public static long Claim(Process process, ulong irq)
        {
            if (irq >= Lines || process.Devices == null || !process.Devices.HasIrq((int)irq)) return (long)Status.NotGranted;
            if (s_owners[irq] != null) return (long)Status.Busy;
            long handle = KernelChannels.CreateKernelFed(process, MessageBytes, Capacity, out Channel channel);
            if (handle < 0) return handle;
            s_channels[irq] = channel;
            s_owners[irq] = process;
            s_counts[irq] = 0;
            InterruptVectors.Register((byte)(Pic.MasterVector + irq), &OnInterrupt);
            Pic.Unmask((int)irq);
            return handle;
        }

        /// <summary>Gives back every line process claimed: masked, and the kernel's side of its
        /// channel released (its receivers see it closed). Called when the process ends.</summary>
        public static void ProcessEnded(Process process)
        {
            for (int irq = 0; irq < Lines; irq++)
            {
                if (s_owners[irq] != process) continue;
                Pic.Mask(irq);
                InterruptVectors.Unregister((byte)(Pic.MasterVector + irq));
                Channel channel = s_channels[irq];
                s_channels[irq] = null;
                s_owners[irq] = null;
                KernelChannels.Release(channel, ChannelRights.Send);
            }
        }

        // A claimed line's interrupt: EOI first (the PIC may raise the next one while the driver
        // reads the device), then the message; a driver thread woken here runs at the next switch.
        private static void OnInterrupt(InterruptFrame* frame)
        {
            int irq = (int)frame->Vector - Pic.MasterVector;
            Pic.EndOfInterrupt(irq);
            Channel channel = s_channels[irq];
            if (channel == null) return;
            long count = ++s_counts[irq];
            var host = new KernelChannels.SchedulerHost();
            channel.TrySend((byte*)&count, ref host);
            Scheduler.ReleaseHeldWake();
        }
    }
}
