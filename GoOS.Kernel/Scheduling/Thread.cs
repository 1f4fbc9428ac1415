namespace GoOS.Kernel.Scheduling
{
    /// <summary>A thread of execution as the scheduler sees it. The fields below the policy
    /// line belong to the scheduler and change only with interrupts off (one CPU).</summary>
    public sealed class Thread
    {
        public readonly int Id;
        public readonly string Name;
        public readonly ThreadPriority Priority;

        public Thread(int id, string name, ThreadPriority priority)
        {
            Id = id;
            Name = name;
            Priority = priority;
        }

        // Scheduler policy state. Guarded by: interrupts off.
        public ThreadState State { get; internal set; } = ThreadState.Created;
        /// <summary>Timer ticks left in the current time slice.</summary>
        internal int SliceTicksLeft;
        /// <summary>When a sleeping thread becomes runnable (monotonic nanoseconds).</summary>
        internal ulong WakeAtNanoseconds;
        /// <summary>Next thread in the run queue or the sleep list it is on.</summary>
        internal Thread Next;
        /// <summary>Timer ticks this thread was running when they fired (CPU-time accounting).</summary>
        public ulong TicksRun { get; internal set; }

        // Machine state, owned by the context switch. Guarded by: interrupts off.
        /// <summary>Saved stack pointer while not running (ContextSwitch.asm layout).</summary>
        internal ulong SavedStackPointer;
        /// <summary>The runtime's per-thread exception-dispatch state, swapped on every switch.</summary>
        internal nint ExceptionState;
        /// <summary>What a kernel thread runs; null for the boot and idle threads.</summary>
        internal System.Action Body;
        /// <summary>The thread's kernel stack, [StackBase, StackTop).</summary>
        internal ulong StackBase, StackTop;

        public override string ToString() => Name;
    }
}
