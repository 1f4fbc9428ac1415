using System.Runtime.CompilerServices;
using System.Threading;
using GoOS.Abi;

namespace GoOS.Runtime
{
    /// <summary>A channel while only the goroutines of one program use it: Go's channel in user
    /// space (a ring of messages, queues of parked senders and receivers, the runtime's lock),
    /// so that an operation costs no system call unless a goroutine must wait or be woken
    /// (ThreadPark / ThreadUnpark). The first time it must be shared (passed to a program,
    /// published, sent over a channel, or in a select with a kernel channel) it is promoted: a
    /// kernel channel takes its messages and its close, the goroutines waiting on it retry there,
    /// and from then on every operation goes to the kernel. Guarded by: _lock.</summary>
    internal sealed unsafe class LocalChannel
    {
        public enum Result { Ok, Closed, NotReady, Promoted }

        private static int s_nextId;

        private SpinLock _lock;
        private readonly byte[] _ring;
        private int _head, _count;
        private bool _closed;
        private ParkingQueue _senders, _receivers;

        public LocalChannel(int elementSize, int capacity)
        {
            ElementSize = elementSize;
            Capacity = capacity;
            _ring = new byte[elementSize * capacity + 1];
            Id = Interlocked.Increment(ref s_nextId);
        }

        /// <summary>Orders locking when a select holds several channels' locks.</summary>
        public int Id { get; }
        public int ElementSize { get; }
        public int Capacity { get; }

        /// <summary>The kernel channel that took over, or -1 while it is local.</summary>
        public long KernelHandle { get; private set; } = -1;

        public int Count
        {
            get
            {
                _lock.Enter();
                int count = _count;
                _lock.Exit();
                return count;
            }
        }

        public bool IsClosed => _closed;

        public void Lock() => _lock.Enter();

        public void Unlock() => _lock.Exit();

        /// <summary>Send: Ok, Closed (not delivered), NotReady (only when !block), Promoted (do it in the kernel).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Result Send(byte* value, bool block)
        {
            _lock.Enter();
            Result result = SendLocked(value, out Parking woken);
            if (result != Result.NotReady || !block)
            {
                _lock.Exit();
                if (woken != null) Wake(woken);
                return result;
            }
            return ParkUnlocking(value, ref _senders);
        }

        /// <summary>Receive: Ok, Closed (zeros written), NotReady (only when !block), Promoted.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Result Receive(byte* destination, bool block)
        {
            _lock.Enter();
            Result result = ReceiveLocked(destination, out Parking woken);
            if (result != Result.NotReady || !block)
            {
                _lock.Exit();
                if (woken != null) Wake(woken);
                return result;
            }
            return ParkUnlocking(destination, ref _receivers);
        }

        // Queues the calling goroutine's wait record (lock held), unlocks, and parks until
        // another operation, a close or the hand-over to the kernel ended the wait.
        private Result ParkUnlocking(byte* data, ref ParkingQueue queue)
        {
            ThreadWaits waits = ProgramThreads.BeginWait();
            Parking record = waits.Single;
            record.Data = data;
            record.Case = 0;
            queue.Enqueue(record);
            _lock.Exit();
            ParkingGroup group = waits.Group;
            group.WaitUntilClaimed();
            int state = group.State;
            return state == Parking.Done ? Result.Ok : state == Parking.Closed ? Result.Closed : Result.Promoted;
        }

        /// <summary>Fills a wait record of the calling thread for a case of a select.</summary>
        public static Parking Prepare(Parking record, byte* data, int caseNumber)
        {
            record.Data = data;
            record.Case = caseNumber;
            return record;
        }

        /// <summary>A send that does not wait, lock held: hands the value to the oldest waiting
        /// receiver (returned in woken, to unpark after unlocking) or puts it in the ring.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Result SendLocked(byte* value, out Parking woken)
        {
            woken = null;
            if (KernelHandle >= 0) return Result.Promoted;
            if (_closed) return Result.Closed;
            Parking receiver = _receivers.IsEmpty ? null : _receivers.DequeueWaiting();
            if (receiver != null && receiver.Group.TryClaim(Parking.Done, receiver.Case))
            {
                Copy(receiver.Data, value);
                woken = receiver;
                return Result.Ok;
            }
            if (_count == Capacity) return Result.NotReady;
            fixed (byte* ring = _ring) Copy(ring + Slot(_count) * ElementSize, value);
            _count++;
            return Result.Ok;
        }

        /// <summary>A receive that does not wait, lock held: from the ring (then a waiting sender's
        /// value moves in) or straight from a waiting sender; Closed with zeros once drained.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Result ReceiveLocked(byte* destination, out Parking woken)
        {
            woken = null;
            if (KernelHandle >= 0) return Result.Promoted;
            if (_count > 0)
            {
                fixed (byte* ring = _ring)
                {
                    Copy(destination, ring + _head * ElementSize);
                    _head = _head + 1 == Capacity ? 0 : _head + 1;
                    _count--;
                    Parking sender = _senders.IsEmpty ? null : _senders.DequeueWaiting();
                    if (sender != null && sender.Group.TryClaim(Parking.Done, sender.Case))
                    {
                        Copy(ring + Slot(_count) * ElementSize, sender.Data);
                        _count++;
                        woken = sender;
                    }
                }
                return Result.Ok;
            }
            Parking waiting = _senders.IsEmpty ? null : _senders.DequeueWaiting();
            if (waiting != null && waiting.Group.TryClaim(Parking.Done, waiting.Case))
            {
                Copy(destination, waiting.Data);
                woken = waiting;
                return Result.Ok;
            }
            if (_closed)
            {
                for (int i = 0; i < ElementSize; i++) destination[i] = 0;
                return Result.Closed;
            }
            return Result.NotReady;
        }

        /// <summary>Puts a select's case record on the right queue (lock held).</summary>
        public void Enqueue(Parking record, bool receive)
        {
            if (receive) _receivers.Enqueue(record);
            else _senders.Enqueue(record);
        }

        /// <summary>Takes a select's case record off its queue again (lock held).</summary>
        public void Dequeue(Parking record, bool receive)
        {
            if (receive) _receivers.Remove(record);
            else _senders.Remove(record);
        }

        /// <summary>Go's close: Closed when it already was (nothing changed), Promoted, or Ok; every
        /// waiting receiver gets zeros and ok == false, every waiting sender Closed.</summary>
        public Result Close()
        {
            _lock.Enter();
            if (KernelHandle >= 0) { _lock.Exit(); return Result.Promoted; }
            if (_closed) { _lock.Exit(); return Result.Closed; }
            _closed = true;
            Parking receivers = ClaimAll(_receivers.TakeAll(), Parking.Closed, ElementSize);
            Parking senders = ClaimAll(_senders.TakeAll(), Parking.Closed, 0);
            _lock.Exit();
            WakeAll(receivers);
            WakeAll(senders);
            return Result.Ok;
        }

        /// <summary>Hands the channel to the kernel (idempotent): a kernel channel of the same
        /// size gets the buffered messages and the close; waiting goroutines retry there.
        /// Returns the kernel handle.</summary>
        public long Promote()
        {
            _lock.Enter();
            if (KernelHandle >= 0) { _lock.Exit(); return KernelHandle; }
            long handle = KernelCall.Call(SystemCall.ChannelCreate, (ulong)ElementSize, (ulong)Capacity, (ulong)ChannelKind.Bytes);
            if (handle < 0)
            {
                _lock.Exit();
                throw new GoOSException((Status)handle, "make channel");
            }
            fixed (byte* ring = _ring)
                for (int i = 0; i < _count; i++)
                    KernelCall.Call(SystemCall.ChannelSend, (ulong)handle, (ulong)(ring + Slot(i) * ElementSize), (ulong)ChannelFlags.NonBlocking);
            _count = 0;
            if (_closed) KernelCall.Call(SystemCall.ChannelClose, (ulong)handle);
            KernelHandle = handle;
            Parking receivers = ClaimAll(_receivers.TakeAll(), Parking.Retry, 0);
            Parking senders = ClaimAll(_senders.TakeAll(), Parking.Retry, 0);
            _lock.Exit();
            WakeAll(receivers);
            WakeAll(senders);
            return handle;
        }

        /// <summary>Unparks the thread of a record another operation completed: deferred to the
        /// calling thread's next switch (ProcessLimits.DeferredWakeAddress), and an earlier
        /// deferred wake-up still pending is made at once.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Wake(Parking record)
        {
            var word = (long*)ProcessLimits.DeferredWakeAddress(ProgramThreads.CurrentSlot);
            long earlier = Interlocked.Exchange(ref *word, record.ThreadSlot + 1);
            if (earlier != 0) KernelCall.Call(SystemCall.ThreadUnpark, (ulong)(earlier - 1));
        }

        // Claims every record of a list taken off a queue for outcome (a receiver's value is
        // zeroed: zeroBytes), unlinking each; returns the claimed ones linked through Next, to be
        // woken after unlocking. A record another channel claimed first is that channel's to wake.
        private static Parking ClaimAll(Parking first, int outcome, int zeroBytes)
        {
            Parking claimed = null;
            Parking record = first;
            while (record != null)
            {
                Parking next = record.Next;
                record.Next = record.Previous = null;
                if (record.Group.TryClaim(outcome, record.Case))
                {
                    for (int i = 0; i < zeroBytes; i++) record.Data[i] = 0;
                    record.Next = claimed;
                    claimed = record;
                }
                record = next;
            }
            return claimed;
        }

        // Wakes each record of a list from ClaimAll, unlinking it.
        private static void WakeAll(Parking first)
        {
            while (first != null)
            {
                Parking next = first.Next;
                first.Next = null;
                Wake(first);
                first = next;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int Slot(int offset)
        {
            int slot = _head + offset;
            return slot >= Capacity ? slot - Capacity : slot;
        }

        // Messages are small values: the common sizes are one move.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Copy(byte* destination, byte* source)
        {
            switch (ElementSize)
            {
                case 8: *(ulong*)destination = *(ulong*)source; return;
                case 4: *(uint*)destination = *(uint*)source; return;
                case 2: *(ushort*)destination = *(ushort*)source; return;
                case 1: *destination = *source; return;
            }
            for (int i = 0; i < ElementSize; i++) destination[i] = source[i];
        }
    }
}
