using System;
using GoOS.Abi;
using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Channels;
using GoOS.Kernel.Ipc;
using GoOS.Kernel.Scheduling;
using GoOS.Kernel.UserMode;

namespace GoOS.Kernel.SystemCalls
{
    using Channel = GoOS.Kernel.Channels.Channel;
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>The registry calls (ABI: GoOS.Runtime/Abi/SystemCalls.cs): Publish, Lookup (with an
    /// optional wait), Unpublish, ListNames. A name dies with its publisher (ProcessTable.End).
    /// Interrupts off.</summary>
    internal static unsafe class RegistrySystemCalls
    {
        private const int NameBytes = ChannelLimitsAbi.NameBytes;

        public static long Publish(ulong name, ulong length, ulong handle)
        {
            Process process = Scheduler.Current.Process;
            Channel channel = process?.Channels.Get((long)handle, ChannelRights.Publish);
            if (channel == null) return (long)Status.BadHandle;
            byte* copy = stackalloc byte[NameBytes];
            long read = ReadName(name, length, copy);
            if (read < 0) return read;
            var host = new KernelChannels.SchedulerHost();
            return (long)ChannelSystemCalls.ToStatus(KernelChannels.Registry.Publish(new ReadOnlySpan<byte>(copy, (int)read), channel, (int)process.Id, ref host));
        }

        public static long Lookup(ulong name, ulong length, ulong timeout)
        {
            Thread thread = Scheduler.Current;
            Process process = thread.Process;
            if (process == null) return (long)Status.InvalidSystemCall;
            byte* copy = stackalloc byte[NameBytes];
            long read = ReadName(name, length, copy);
            if (read < 0) return read;
            var text = new ReadOnlySpan<byte>(copy, (int)read);
            long waitNanoseconds = (long)timeout;
            ChannelStatus status = waitNanoseconds == 0
                ? KernelChannels.Registry.Lookup(text, out Channel channel)
                : KernelChannels.Registry.LookupOrWait(text, thread.Waiter, out channel);
            if (status == ChannelStatus.WouldBlock)
            {
                ulong deadline = waitNanoseconds < 0 ? ulong.MaxValue : Clock.NowNanoseconds + (ulong)waitNanoseconds;
                while (thread.Waiter.State == WaiterState.Waiting)
                {
                    ulong now = Clock.NowNanoseconds;
                    if (now >= deadline) { thread.Waiter.Cancel(); break; }
                    if (deadline == ulong.MaxValue) Scheduler.Block();
                    else Scheduler.Sleep(deadline - now);
                }
                status = thread.Waiter.State == WaiterState.Completed ? ChannelStatus.Ok : ChannelStatus.NotFound;
                channel = thread.Waiter.LookedUp;
            }
            if (status != ChannelStatus.Ok || channel == null) return (long)ChannelSystemCalls.ToStatus(status == ChannelStatus.Ok ? ChannelStatus.NotFound : status);
            KernelChannels.EnsureId(channel);
            int handle = process.Channels.Add(channel, ChannelRights.Send | ChannelRights.Receive);
            return handle < 0 ? (long)Status.NoHandles : handle;
        }

        public static long Unpublish(ulong name, ulong length)
        {
            Process process = Scheduler.Current.Process;
            if (process == null) return (long)Status.InvalidSystemCall;
            byte* copy = stackalloc byte[NameBytes];
            long read = ReadName(name, length, copy);
            if (read < 0) return read;
            return (long)ChannelSystemCalls.ToStatus(KernelChannels.Registry.Unpublish(new ReadOnlySpan<byte>(copy, (int)read), (int)process.Id));
        }

        public static long ListNames(ulong buffer, ulong capacity)
        {
            if (capacity > (ulong)KernelChannels.Registry.Capacity) return (long)Status.BadLength;
            if (UserMemory.CheckRange(buffer, capacity * NameBytes, forWriting: true) != Status.Ok) return (long)Status.BadAddress;
            int count = KernelChannels.Registry.Count;
            for (int i = 0; i < count && (ulong)i < capacity; i++)
            {
                byte* entry = (byte*)buffer + i * NameBytes;
                KernelChannels.Registry.NameAt(i, new Span<byte>(entry, NameBytes), out int length);
                for (int b = length; b < NameBytes; b++) entry[b] = 0;
            }
            return count;
        }

        // Copies a name from user memory; its length, or a failure status.
        private static long ReadName(ulong name, ulong length, byte* copy)
        {
            if (length == 0 || length > NameBytes) return (long)Status.BadName;
            if (UserMemory.CheckRange(name, length, forWriting: false) != Status.Ok) return (long)Status.BadAddress;
            Internal.Runtime.Memory.Move(copy, (byte*)name, length);
            return (long)length;
        }
    }
}
