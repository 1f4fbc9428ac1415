namespace GoOS.Kernel.Channels
{
    /// <summary>One case of a Waiter (Go's sudog): "send Data on Channel", "receive into Data from
    /// Channel" or "look up Name". While its Waiter waits, the case sits on exactly one wait queue
    /// (the channel's senders or receivers, or the registry's lookups), linked through Previous and
    /// Next, so enqueuing never allocates. Created with its Waiter and reused with it.
    /// Guarded by: the channel lock (in the kernel: interrupts off, one CPU).</summary>
    public sealed unsafe class WaitCase
    {
        internal WaitCase(Waiter waiter, int index)
        {
            Waiter = waiter;
            Index = index;
        }

        /// <summary>The Waiter this case belongs to.</summary>
        public Waiter Waiter { get; }

        /// <summary>Position in the Waiter's case table: what Waiter.SelectedCase reports.</summary>
        public int Index { get; }

        public WaitKind Kind { get; internal set; }

        /// <summary>The channel of a send or receive case; null is Go's nil channel (never ready).</summary>
        public Channel Channel { get; internal set; }

        /// <summary>Send: the ElementSize bytes to send. Receive: where the ElementSize bytes
        /// received (or zeros, on close) are written. Another thread's operation reads or writes
        /// it while this case waits, so it must be addressable in every address space: kernel
        /// memory, not user memory.</summary>
        public byte* Data { get; internal set; }

        /// <summary>Lookup: the name waited for.</summary>
        internal ChannelName Name;

        // The wait queue holding this case, null when none, and the links within it.
        internal WaitQueue Queue;
        internal WaitCase Previous;
        internal WaitCase Next;
    }
}
