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
        /// <summary>Top of the thread's kernel stack (0 for the boot thread, which keeps the boot stack).</summary>
        internal ulong StackTop;

        // User-mode state: set for ring-3 threads, 0/null for kernel threads.
        /// <summary>The thread's address space (PML4), or 0 for the kernel's.</summary>
        internal ulong AddressSpaceRoot;
        /// <summary>Physical pages of its user memory, returned when it ends.</summary>
        internal ulong[] UserPages;
        internal int UserPageCount;

        /// <summary>A thread blocked in Scheduler.Join waiting for this one to end.</summary>
        internal Thread Joiner;

        /// <summary>How the thread ended: its exit code (Exit system call or 0), and a reason when
        /// the kernel ended it (a fault); null while it runs or after a normal exit.</summary>
        public long ExitCode { get; internal set; }
        public string EndReason { get; internal set; }

        public override string ToString() => Name;
    }
}
