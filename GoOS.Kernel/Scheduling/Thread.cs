namespace GoOS.Kernel.Scheduling
{
    /// <summary>A thread of execution as the scheduler sees it. Thread objects are recycled:
    /// once a thread has ended and its creator has joined or detached it, the object serves a
    /// new thread, so the kernel heap does not grow as threads come and go. All fields change
    /// only with interrupts off (one CPU).</summary>
    public sealed class Thread
    {
        /// <summary>How many pages of user memory a thread may own (code and stack).</summary>
        public const int MaximumUserPages = 32;

        public Thread(int id, string name, ThreadPriority priority)
        {
            Waiter = new Channels.Waiter();
            Waiter.Owner = this;
            Reset(id, name, priority);
        }

        /// <summary>What it waits with on channels, selects and registry lookups (one per thread
        /// object, reused).</summary>
        internal readonly Channels.Waiter Waiter;

        /// <summary>A channel system call of this thread holds messages of objects or handles in
        /// its staging (to send, or received and not yet delivered): if its process ends before
        /// the call returns, they are given up (KernelChannels.Abandon).</summary>
        internal bool CarriesMessages;

        public int Id { get; private set; }
        public string Name { get; private set; }
        public ThreadPriority Priority { get; private set; }

        /// <summary>Changes the priority of the running thread (never one in a run queue).</summary>
        internal void ChangePriority(ThreadPriority priority)
        {
            if (State == ThreadState.Running) Priority = priority;
        }

        /// <summary>Makes this object a new thread: everything else back to its initial state.</summary>
        internal void Reset(int id, string name, ThreadPriority priority)
        {
            Id = id;
            Name = name;
            Priority = priority;
            State = ThreadState.Created;
            SliceTicksLeft = 0;
            CarriesMessages = false;
            WakeAtNanoseconds = 0;
            Next = null;
            TicksRun = 0;
            SavedStackPointer = 0;
            ExceptionState = 0;
            Body = null;
            StackTop = 0;
            AddressSpaceRoot = 0;
            UserPageCount = 0;
            UserEntry = UserStackTop = UserArgument = UserArgument2 = 0;
            Process = null;
            ProcessSlot = -1;
            EnteredUserMode = false;
            ParkPermit = false;
            Parked = false;
            Joiner = null;
            ExitCode = 0;
            Faulted = false;
            Fault = default;
            EndReason = null;
            Detached = false;
            Released = false;
        }

        // Scheduler policy state.
        public ThreadState State { get; internal set; }
        /// <summary>Timer ticks left in the current time slice.</summary>
        internal int SliceTicksLeft;
        /// <summary>When a sleeping thread becomes runnable (monotonic nanoseconds).</summary>
        internal ulong WakeAtNanoseconds;
        /// <summary>Next thread in the run queue, the sleep list, the ended list or the free pool.</summary>
        internal Thread Next;
        /// <summary>Timer ticks this thread was running when they fired (CPU-time accounting).</summary>
        public ulong TicksRun { get; internal set; }

        // Machine state, owned by the context switch.
        /// <summary>Saved stack pointer while not running (ContextSwitch.asm layout).</summary>
        internal ulong SavedStackPointer;
        /// <summary>The runtime's per-thread exception-dispatch state, swapped on every switch.</summary>
        internal nint ExceptionState;
        /// <summary>What a kernel thread runs; null for user threads and the boot and idle threads.</summary>
        internal System.Action Body;
        /// <summary>Top of the thread's kernel stack (0 for the boot thread, which keeps the boot stack).</summary>
        internal ulong StackTop;

        // User-mode state: set for ring-3 threads, 0 for kernel threads.
        /// <summary>The thread's address space (PML4), or 0 for the kernel's.</summary>
        internal ulong AddressSpaceRoot;
        /// <summary>Physical pages of its user memory, returned when it ends (allocated once per object).</summary>
        internal readonly ulong[] UserPages = new ulong[MaximumUserPages];
        internal int UserPageCount;
        /// <summary>Where ring 3 starts: instruction, stack and the rdi and rsi arguments.</summary>
        internal ulong UserEntry, UserStackTop, UserArgument, UserArgument2;
        /// <summary>The process it belongs to (its address space and user memory are the
        /// process's), or null for kernel threads and stand-alone user threads.</summary>
        internal Processes.Process Process;
        /// <summary>Its slot in Process.Threads, which also picks its user stack.</summary>
        internal int ProcessSlot;
        /// <summary>It has run in ring 3: its kernel stack's top holds its last entry's frame.</summary>
        internal bool EnteredUserMode;
        /// <summary>ThreadUnpark came for it (consumed by the next ThreadPark).</summary>
        internal bool ParkPermit;
        /// <summary>It is blocked in ThreadPark (its program's runtime waits for another of its
        /// threads: a channel of one program, taken in user space).</summary>
        internal bool Parked;

        // Ending.
        /// <summary>A thread blocked in Scheduler.Join waiting for this one to end.</summary>
        internal Thread Joiner;
        internal long ExitCode;
        internal bool Faulted;
        internal FaultInfo Fault;
        /// <summary>Why the kernel ended it when not for a fault (a kill, an unhandled exception).</summary>
        internal string EndReason;
        /// <summary>Its creator joined or detached it: the object may serve a new thread once released.</summary>
        internal bool Detached;
        /// <summary>Its stack, memory and address space have been returned.</summary>
        internal bool Released;

        public override string ToString() => Name;
    }
}
