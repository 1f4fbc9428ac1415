namespace GoOS.Kernel.Channels
{
    /// <summary>The record through which one thread waits on channels or on the registry: a table
    /// of WaitCases (allocated once, with the Waiter), the state of the current wait and its
    /// result. Each thread owns one and reuses it for every operation, so blocking never
    /// allocates.
    ///
    /// Protocol (kernel, interrupts off throughout):
    ///  1. Fill it (BeginSelect, AddSend/AddReceive) and call ChannelSelect.Run, or call
    ///     Channel.Send/Receive or ChannelRegistry.LookupOrWait, which fill it themselves. A
    ///     case's Data is read or written by other threads while this one is blocked, in their
    ///     address spaces: it must be kernel memory (a per-thread staging buffer the kernel
    ///     copies the user's message into before a send, and out to the user after a receive).
    ///  2. Anything but WouldBlock: done; the result is the returned status (and SelectedCase).
    ///  3. WouldBlock: the cases are enqueued; the thread calls Scheduler.Block().
    ///  4. Another thread's operation completes exactly one case: it dequeues every case of this
    ///     Waiter, sets SelectedCase and Status, State = Completed, and calls IWaitHost.Wake.
    ///  5. The woken thread reads SelectedCase, Status (and LookedUp), then copies received bytes
    ///     from the case's Data to user memory.
    ///  6. On timeout or death instead, the kernel calls Cancel: true means nothing happened and
    ///     no queue refers to the Waiter any more; false means step 4 won the race (report it).
    /// Guarded by: the channel lock (interrupts off).</summary>
    public sealed unsafe class Waiter
    {
        private readonly WaitCase[] _cases;
        private int _caseCount;

        /// <summary>A Waiter with room for caseCapacity cases (clamped to 1..MaxSelectCases).
        /// Allocates; the kernel creates one per thread.</summary>
        public Waiter(int caseCapacity = ChannelLimits.MaxSelectCases)
        {
            if (caseCapacity < 1) caseCapacity = 1;
            if (caseCapacity > ChannelLimits.MaxSelectCases) caseCapacity = ChannelLimits.MaxSelectCases;
            _cases = new WaitCase[caseCapacity];
            for (int i = 0; i < caseCapacity; i++) _cases[i] = new WaitCase(this, i);
            SelectedCase = -1;
        }

        /// <summary>Who waits: the kernel stores the Thread here for its IWaitHost; channels
        /// never look at it.</summary>
        public object Owner { get; set; }

        public WaiterState State { get; private set; }

        /// <summary>The case that completed (index into the case table), or -1 (default taken,
        /// cancelled, nothing yet).</summary>
        public int SelectedCase { get; private set; }

        /// <summary>The result of the last operation: Ok or Closed for the selected case (see
        /// ChannelStatus.Closed), NotReady for a default, Cancelled after Cancel.</summary>
        public ChannelStatus Status { get; private set; }

        /// <summary>The channel a waiting registry lookup found.</summary>
        public Channel LookedUp { get; private set; }

        public int CaseCapacity => _cases.Length;

        public int CaseCount => _caseCount;

        /// <summary>Case index (0 ≤ index &lt; CaseCount), or null.</summary>
        public WaitCase Case(int index) => (uint)index < (uint)_caseCount ? _cases[index] : null;

        /// <summary>How many of its cases are on a wait queue now (0 unless Waiting).</summary>
        public int EnqueuedCases
        {
            get
            {
                int count = 0;
                for (int i = 0; i < _caseCount; i++) if (_cases[i].Queue != null) count++;
                return count;
            }
        }

        /// <summary>Starts a new select: no cases, Idle, no result. Busy while Waiting.</summary>
        public ChannelStatus BeginSelect()
        {
            if (State == WaiterState.Waiting) return ChannelStatus.Busy;
            _caseCount = 0;
            State = WaiterState.Idle;
            SelectedCase = -1;
            Status = ChannelStatus.Ok;
            LookedUp = null;
            return ChannelStatus.Ok;
        }

        /// <summary>Adds "send ElementSize bytes at message on channel" (channel null: never
        /// ready). message must be kernel memory that stays valid until the select ends.</summary>
        public ChannelStatus AddSend(Channel channel, byte* message) => Add(WaitKind.Send, channel, message);

        /// <summary>Adds "receive from channel into destination" (channel null: never ready).
        /// destination must be kernel memory of ElementSize bytes, valid until the select ends.</summary>
        public ChannelStatus AddReceive(Channel channel, byte* destination) => Add(WaitKind.Receive, channel, destination);

        private ChannelStatus Add(WaitKind kind, Channel channel, byte* data)
        {
            if (State != WaiterState.Idle) return ChannelStatus.Busy;
            if (_caseCount == _cases.Length) return ChannelStatus.TooManyCases;
            if (channel != null && data == null && channel.ElementSize > 0) return ChannelStatus.BadArgument;
            WaitCase item = _cases[_caseCount++];
            item.Kind = kind;
            item.Channel = channel;
            item.Data = data;
            return ChannelStatus.Ok;
        }

        /// <summary>Takes every case off its queue and ends the wait with Cancelled. Returns true
        /// if the Waiter was Waiting (nothing was sent or received through it); false if it was
        /// not (already completed: the caller must report that result instead). The kernel calls
        /// it on timeout and when the thread or its process dies.</summary>
        public bool Cancel()
        {
            if (State != WaiterState.Waiting) return false;
            Dequeue();
            SelectedCase = -1;
            Status = ChannelStatus.Cancelled;
            State = WaiterState.Cancelled;
            return true;
        }

        /// <summary>Prepares a one-case wait (Send, Receive, Lookup), with the Waiter not Waiting.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal WaitCase BeginSingle(WaitKind kind, Channel channel, byte* data)
        {
            _caseCount = 1;
            State = WaiterState.Idle;
            SelectedCase = -1;
            LookedUp = null;
            WaitCase item = _cases[0];
            item.Kind = kind;
            item.Channel = channel;
            item.Data = data;
            return item;
        }

        /// <summary>Marks the cases (already put on their queues by the caller) as waited on.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal void StartWaiting()
        {
            State = WaiterState.Waiting;
            Status = ChannelStatus.WouldBlock;
        }

        /// <summary>Records a result reached without waiting (selectedCase -1 for a default).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal void FinishWithoutWaiting(int selectedCase, ChannelStatus status)
        {
            SelectedCase = selectedCase;
            Status = status;
            State = WaiterState.Completed;
        }

        /// <summary>Step 4 of the protocol: winner (already off its queue, its data moved by the
        /// caller) completes the wait with status; every other case leaves its queue; the host
        /// wakes the thread. Called by the channel or registry operation that found winner.</summary>
        internal void Complete<THost>(WaitCase winner, ChannelStatus status, Channel lookedUp, ref THost host)
            where THost : struct, IWaitHost
        {
            Dequeue();
            SelectedCase = winner.Index;
            Status = status;
            LookedUp = lookedUp;
            State = WaiterState.Completed;
            host.Wake(this);
        }

        private void Dequeue()
        {
            for (int i = 0; i < _caseCount; i++)
            {
                WaitCase item = _cases[i];
                item.Queue?.Remove(item);
            }
        }
    }
}
