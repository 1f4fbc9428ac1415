using System.Runtime.CompilerServices;
using GoOS.Abi;
using GoOS.Kernel.Channels;
using GoOS.Kernel.Ipc;
using GoOS.Kernel.Processes;
using GoOS.Kernel.Scheduling;
using GoOS.Kernel.UserMode;

namespace GoOS.Kernel.SystemCalls
{
    using Channel = GoOS.Kernel.Channels.Channel;
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>The channel calls (ABI: GoOS.Runtime/Abi/SystemCalls.cs): create, send, receive,
    /// close, select, and handles. Messages are staged on the caller's kernel stack (the channel
    /// core copies between stagings of two threads while one of them is blocked; kernel stacks
    /// are in the shared kernel half). Interrupts off.</summary>
    [SkipLocalsInit]   // the staging areas are written before they are read
    internal static unsafe class ChannelSystemCalls
    {
        private const int MaximumMessage = ChannelLimitsAbi.MaximumMessageBytes;
        /// <summary>A handle travels as its channel's kernel id and the rights it carries.</summary>
        private const int HandleMessageBytes = 16;

        public static long Create(ulong elementSize, ulong capacity, ulong kind)
        {
            Process process = Scheduler.Current.Process;
            if (process == null) return (long)Status.InvalidSystemCall;
            bool handles = kind == (ulong)ChannelKind.Handles;
            bool objects = kind == (ulong)ChannelKind.Objects;
            if (kind > (ulong)ChannelKind.Objects || elementSize > MaximumMessage || (handles && elementSize != 8)) return (long)Status.BadLength;
            if ((objects && elementSize != (ulong)sizeof(ObjectMessage)) || capacity > ChannelLimits.MaxCapacity) return (long)Status.BadLength;
            Channel channel = KernelChannels.Create(handles ? HandleMessageBytes : (int)elementSize, (int)capacity, (ChannelKind)kind, out ChannelStatus status);
            if (channel == null) return status == ChannelStatus.BadSize ? (long)Status.BadLength : (long)Status.RegistryFull;
            int handle = process.Channels.Add(channel, ChannelRights.Send | ChannelRights.Receive | ChannelRights.Close | ChannelRights.Publish);
            return handle < 0 ? (long)Status.NoHandles : handle;
        }

        public static long Send(ulong handle, ulong message, ulong flags)
        {
            Thread thread = Scheduler.Current;
            Channel channel = thread.Process?.Channels.Get((long)handle, ChannelRights.Send);
            if (channel == null) return (long)Status.BadHandle;
            ulong userBytes = UserBytes(channel);
            if (UserMemory.CheckRange(message, userBytes, forWriting: false) != Status.Ok) return (long)Status.BadAddress;
            byte* staged = stackalloc byte[channel.ElementSize > 0 ? channel.ElementSize : 1];
            Status prepared = Stage(thread.Process, channel, (byte*)message, staged);
            if (prepared != Status.Ok) return (long)prepared;
            var host = new KernelChannels.SchedulerHost();
            thread.CarriesMessages = channel.CarriesObjects || channel.CarriesHandles;
            ChannelStatus status = (flags & (ulong)ChannelFlags.NonBlocking) != 0
                ? channel.TrySend(staged, ref host)
                : Wait(thread, channel.Send(thread.Waiter, staged, ref host));
            if (status != ChannelStatus.Ok) Unstage(channel, staged);
            thread.CarriesMessages = false;
            return (long)ToStatus(status);
        }

        public static long Receive(ulong handle, ulong destination, ulong flags)
        {
            Thread thread = Scheduler.Current;
            Channel channel = thread.Process?.Channels.Get((long)handle, ChannelRights.Receive);
            if (channel == null) return (long)Status.BadHandle;
            ulong userBytes = UserBytes(channel);
            if (UserMemory.CheckRange(destination, userBytes, forWriting: true) != Status.Ok) return (long)Status.BadAddress;
            byte* staged = stackalloc byte[channel.ElementSize > 0 ? channel.ElementSize : 1];
            var host = new KernelChannels.SchedulerHost();
            thread.CarriesMessages = channel.CarriesObjects || channel.CarriesHandles;
            ChannelStatus status = (flags & (ulong)ChannelFlags.NonBlocking) != 0
                ? channel.TryReceive(staged, ref host)
                : channel.Receive(thread.Waiter, staged, ref host);
            bool waited = status == ChannelStatus.WouldBlock;
            if (waited) status = Wait(thread, status);
            thread.CarriesMessages = false;
            if (status != ChannelStatus.Ok && status != ChannelStatus.Closed) return (long)ToStatus(status);
            return Deliver(thread.Process, channel, staged, status == ChannelStatus.Ok, destination, recheck: waited);
        }

        public static long Close(ulong handle)
        {
            Channel channel = Scheduler.Current.Process?.Channels.Get((long)handle, ChannelRights.Close);
            if (channel == null) return (long)Status.BadHandle;
            var host = new KernelChannels.SchedulerHost();
            return (long)ToStatus(channel.Close(ref host));
        }

        public static long CloseHandle(ulong handle)
        {
            Process process = Scheduler.Current.Process;
            if (process == null) return (long)Status.BadHandle;
            Channel channel = process.Channels.Remove((long)handle, out ChannelRights rights);
            if (channel == null) return (long)Status.BadHandle;
            Release(channel, rights);
            return (long)Status.Ok;
        }

        public static long Duplicate(ulong handle, ulong rights)
        {
            Process process = Scheduler.Current.Process;
            Channel channel = process?.Channels.Get((long)handle, ChannelRights.None);
            if (channel == null) return (long)Status.BadHandle;
            var wanted = (ChannelRights)rights;
            if ((wanted & ~process.Channels.RightsOf((long)handle)) != 0) return (long)Status.BadHandle;
            int duplicate = process.Channels.Add(channel, wanted);
            return duplicate < 0 ? (long)Status.NoHandles : duplicate;
        }

        public static long Info(ulong handle, ulong state)
        {
            Channel channel = Scheduler.Current.Process?.Channels.Get((long)handle, ChannelRights.None);
            if (channel == null) return (long)Status.BadHandle;
            if (UserMemory.CheckRange(state, (ulong)sizeof(ChannelState), forWriting: true) != Status.Ok) return (long)Status.BadAddress;
            var result = (ChannelState*)state;
            result->Count = channel.Count;
            result->Capacity = channel.Capacity;
            result->ElementSize = (long)UserBytes(channel);
            result->Closed = channel.IsClosed ? 1 : 0;
            return (long)Status.Ok;
        }

        public static long Select(ulong cases, ulong count, ulong flags)
        {
            Thread thread = Scheduler.Current;
            thread.CarriesMessages = true;
            long result = SelectCases(cases, count, flags);
            thread.CarriesMessages = false;
            return result;
        }

        // Select's work; its messages are the thread's until it returns (KernelChannels.Abandon).
        private static long SelectCases(ulong cases, ulong count, ulong flags)
        {
            Thread thread = Scheduler.Current;
            Process process = thread.Process;
            if (process == null) return (long)Status.InvalidSystemCall;
            if (count > ChannelLimitsAbi.MaximumSelectCases) return (long)Status.BadLength;
            if (UserMemory.CheckRange(cases, count * (ulong)sizeof(SelectCase), forWriting: true) != Status.Ok) return (long)Status.BadAddress;
            var userCases = (SelectCase*)cases;
            byte* staging = stackalloc byte[MaximumMessage];
            Waiter waiter = thread.Waiter;
            waiter.BeginSelect();
            int used = 0;
            for (int i = 0; i < (int)count; i++)
            {
                SelectCase item = userCases[i];
                bool receive = item.Receive != 0;
                Channel channel = process.Channels.Get(item.Handle, receive ? ChannelRights.Receive : ChannelRights.Send);
                if (channel == null) { UnstageSends(waiter); return (long)Status.BadHandle; }
                int size = channel.ElementSize;
                if (used + size > MaximumMessage) { UnstageSends(waiter); return (long)Status.BadLength; }
                if (UserMemory.CheckRange(item.Data, UserBytes(channel), forWriting: receive) != Status.Ok) { UnstageSends(waiter); return (long)Status.BadAddress; }
                byte* data = staging + used;
                used += size;
                if (receive) waiter.AddReceive(channel, data);
                else
                {
                    Status prepared = Stage(process, channel, (byte*)item.Data, data);
                    if (prepared != Status.Ok) { UnstageSends(waiter); return (long)prepared; }
                    waiter.AddSend(channel, data);
                }
            }
            var host = new KernelChannels.SchedulerHost();
            bool hasDefault = (flags & (ulong)ChannelFlags.NonBlocking) != 0;
            ChannelStatus status = Wait(thread, ChannelSelect.Run(waiter, hasDefault, ref KernelChannels.Random, ref host));
            int chosen = waiter.SelectedCase;
            // Messages of send cases that were not chosen (or failed) go back to their senders.
            for (int i = 0; i < waiter.CaseCount; i++)
            {
                WaitCase item = waiter.Case(i);
                if (item.Kind == WaitKind.Send && (i != chosen || status != ChannelStatus.Ok)) Unstage(item.Channel, item.Data);
            }
            if (status == ChannelStatus.NotReady) return -1;
            if (status != ChannelStatus.Ok && status != ChannelStatus.Closed) return (long)ToStatus(status);
            WaitCase done = waiter.Case(chosen);
            if (done.Kind == WaitKind.Receive)
            {
                long delivered = Deliver(process, done.Channel, done.Data, status == ChannelStatus.Ok, userCases[chosen].Data, recheck: true);
                if (delivered < 0) return delivered;
            }
            if (UserMemory.CheckRange((ulong)&userCases[chosen].Ok, 8, forWriting: true) == Status.Ok)
                userCases[chosen].Ok = status == ChannelStatus.Ok ? 1 : 0;
            return chosen;
        }

        private static void Release(Channel channel, ChannelRights rights) => KernelChannels.Release(channel, rights);

        // Blocks the caller until the channel core completes or cancels its waiter.
        private static ChannelStatus Wait(Thread thread, ChannelStatus status)
        {
            if (status != ChannelStatus.WouldBlock) return status;
            Process process = thread.Process;
            process.ThreadsBlockedOnChannels++;
            while (thread.Waiter.State == WaiterState.Waiting) Scheduler.Block();
            process.ThreadsBlockedOnChannels--;
            return thread.Waiter.Status;
        }

        // Copies a user message into the staging area; for a handle channel the message names a
        // handle of the sender, which travels as its channel's id and rights (counted in flight);
        // for an object channel the object's pages pass from the sender to the in-flight owner.
        private static Status Stage(Process process, Channel channel, byte* message, byte* staged)
        {
            if (channel.CarriesObjects)
            {
                CopyMessage(staged, message, (ulong)sizeof(ObjectMessage));
                var sent = (ObjectMessage*)staged;
                if (sent->Address == 0) return Status.Ok;
                if (sent->Address < 8 || (sent->Address & 7) != 0) return Status.NotOwner;
                return HeapPages.TransferMessage(process.OwnerNumber, HeapPages.InFlight, sent);
            }
            if (!channel.CarriesHandles)
            {
                CopyMessage(staged, message, (ulong)channel.ElementSize);
                return Status.Ok;
            }
            long handle = *(long*)message;
            Channel carried = process.Channels.Get(handle, ChannelRights.None);
            if (carried == null) return Status.BadHandle;
            ChannelRights rights = process.Channels.RightsOf(handle);
            KernelChannels.EnsureId(carried);
            *(long*)staged = carried.KernelId;
            *(long*)(staged + 8) = (long)rights;
            carried.AddHolder(rights);
            return Status.Ok;
        }

        // A staged message that was not delivered is no longer in flight: a handle stops
        // counting, an object goes back to the sender (the caller).
        private static void Unstage(Channel channel, byte* staged)
        {
            if (channel != null && channel.CarriesObjects)
            {
                var sent = (ObjectMessage*)staged;
                if (sent->Address != 0) HeapPages.TransferMessage(HeapPages.InFlight, Scheduler.Current.Process.OwnerNumber, sent);
                return;
            }
            if (channel == null || !channel.CarriesHandles) return;
            Channel carried = KernelChannels.ById(*(long*)staged);
            if (carried != null) Release(carried, (ChannelRights)(*(long*)(staged + 8)));
        }

        private static void UnstageSends(Waiter waiter)
        {
            for (int i = 0; i < waiter.CaseCount; i++)
            {
                WaitCase item = waiter.Case(i);
                if (item.Kind == WaitKind.Send) Unstage(item.Channel, item.Data);
            }
        }

        // Writes a received message to user memory (a handle message becomes a handle of the
        // receiver's); returns 1 (message) or 0 (closed, zeros written), or a failure status.
        // recheck: the caller waited, so another thread of the process may have unmapped the
        // buffer checked at the start of the call.
        private static long Deliver(Process process, Channel channel, byte* staged, bool received, ulong destination, bool recheck)
        {
            ulong userBytes = UserBytes(channel);
            bool writable = !recheck || UserMemory.CheckRange(destination, userBytes, forWriting: true) == Status.Ok;
            if (channel.CarriesObjects && received) return DeliverObject(process, (ObjectMessage*)staged, writable, (ObjectMessage*)destination);
            if (!channel.CarriesHandles)
            {
                if (!writable) return (long)Status.BadAddress;
                CopyMessage((byte*)destination, staged, userBytes);
                return received ? 1 : 0;
            }
            if (!received)
            {
                if (writable) *(long*)destination = -1;
                return writable ? 0 : (long)Status.BadAddress;
            }
            Channel carried = KernelChannels.ById(*(long*)staged);
            var rights = (ChannelRights)(*(long*)(staged + 8));
            int handle = carried == null ? -1 : process.Channels.Add(carried, rights);
            if (carried != null) Release(carried, rights);   // the in-flight count became the new handle's
            if (!writable) return (long)Status.BadAddress;
            *(long*)destination = handle;
            return handle < 0 ? (long)Status.NoHandles : 1;
        }

        // Moves a received object (or graph) from the in-flight owner to the receiver (mapping
        // its pages) and writes its message. An object the receiver cannot take (no room for the message,
        // too many owners on a page) is released: it was the receiver's, and it refused it.
        private static long DeliverObject(Process process, ObjectMessage* staged, bool writable, ObjectMessage* destination)
        {
            if (staged->Address == 0)
            {
                if (!writable) return (long)Status.BadAddress;
                *destination = *staged;
                return 1;
            }
            Status moved = writable ? HeapPages.TransferMessage(HeapPages.InFlight, process.OwnerNumber, staged) : Status.BadAddress;
            if (moved != Status.Ok)
            {
                HeapPages.ReleaseMessage(HeapPages.InFlight, staged);
                return (long)moved;
            }
            *destination = *staged;
            return 1;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static ulong UserBytes(Channel channel) => channel.CarriesHandles ? 8UL : (ulong)channel.ElementSize;

        // Messages are mostly one machine word (a load and a store) or an ObjectMessage (four).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static void CopyMessage(byte* destination, byte* source, ulong bytes)
        {
            if (bytes == 8) *(ulong*)destination = *(ulong*)source;
            else if (bytes == 4) *(uint*)destination = *(uint*)source;
            else if (bytes == (ulong)sizeof(ObjectMessage)) *(ObjectMessage*)destination = *(ObjectMessage*)source;
            else Internal.Runtime.Memory.Move(destination, source, bytes);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static Status ToStatus(ChannelStatus status) => status == ChannelStatus.Ok ? Status.Ok : ToFailureStatus(status);

        private static Status ToFailureStatus(ChannelStatus status) => status switch
        {
            ChannelStatus.Ok => Status.Ok,
            ChannelStatus.Closed => Status.ChannelClosed,
            ChannelStatus.NotReady => Status.NotReady,
            ChannelStatus.AlreadyClosed => Status.AlreadyClosed,
            ChannelStatus.NameTaken => Status.NameTaken,
            ChannelStatus.NotFound => Status.NotFound,
            ChannelStatus.NotPublisher => Status.NotPublisher,
            ChannelStatus.BadName => Status.BadName,
            ChannelStatus.RegistryFull => Status.RegistryFull,
            ChannelStatus.BadSize => Status.BadLength,
            ChannelStatus.TooManyCases => Status.BadLength,
            ChannelStatus.Cancelled => Status.NotFound,
            _ => Status.BadAddress,
        };
    }
}
