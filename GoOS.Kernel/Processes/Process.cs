using GoOS.Abi;
using Thread = GoOS.Kernel.Scheduling.Thread;

namespace GoOS.Kernel.Processes
{
    /// <summary>A running program: an address space, the threads in it, the handles it holds
    /// to its children, and how it ended. Process objects are recycled (ProcessTable), so the
    /// kernel heap does not grow as programs come and go. Guarded by: interrupts off (one CPU).</summary>
    public sealed class Process
    {
        public const int MaximumThreads = ProcessLimits.MaximumThreads;
        public const int MaximumHandles = ProcessLimits.MaximumHandles;

        public long Id { get; private set; }

        /// <summary>Its heap owner number (ProcessTable slot + 1) while it is in the table, else 0.</summary>
        internal int OwnerNumber;
        /// <summary>The program's name (the catalog's string; never freed).</summary>
        public string Name { get; private set; }
        public ProcessState State { get; internal set; }
        /// <summary>Who spawned it and holds a handle to it; null for init and for orphans.</summary>
        public Process Parent { get; internal set; }

        /// <summary>The kernel started it and will wait for it (KernelProcesses.Wait): like a
        /// parent's handle, this keeps the ended process in the table.</summary>
        internal bool HeldByKernel;

        /// <summary>Its PML4 (lower half its own, upper half the kernel's).</summary>
        internal ulong AddressSpaceRoot;
        /// <summary>User pages mapped in its address space (page tables not counted).</summary>
        public ulong Pages { get; internal set; }

        /// <summary>The span of the heap range its MapHeap reservations have touched.</summary>
        internal ulong HeapLow, HeapHigh;

        /// <summary>Its threads that have not yet been released by the scheduler.</summary>
        internal readonly Thread[] Threads = new Thread[MaximumThreads];
        public int ThreadCount { get; internal set; }

        /// <summary>Its channel handles (emptied when it ends).</summary>
        internal readonly Ipc.ChannelHandles Channels = new Ipc.ChannelHandles();

        /// <summary>Children it may wait for or kill, by handle number (index).</summary>
        internal readonly Process[] Handles = new Process[MaximumHandles];

        /// <summary>Where its runtime takes CPU exceptions of its threads (SetFaultHandler), or 0.</summary>
        internal ulong FaultHandler;

        /// <summary>User pages recently found mapped and user-accessible (page | 1 when writable),
        /// so that system calls need not walk the page tables for the same buffer again. Emptied
        /// whenever anything is unmapped from the space (ProcessMemory).</summary>
        private ulong _checkedPage0, _checkedPage1, _checkedPage2, _checkedPage3;
        private int _nextCheckedSlot;

        /// <summary>Whether page (page-aligned, never 0) is known to be accessible, and writable if asked.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal bool IsCheckedPage(ulong page, bool forWriting)
        {
            ulong wanted = forWriting ? page | 1 : page;
            return Matches(_checkedPage0, wanted) || Matches(_checkedPage1, wanted) || Matches(_checkedPage2, wanted) || Matches(_checkedPage3, wanted);
        }

        // An entry serves a read check of its page, and a write check if it was writable.
        private static bool Matches(ulong entry, ulong wanted) => entry == wanted || entry == (wanted | 1);

        internal void RememberCheckedPage(ulong page, bool writable)
        {
            ulong entry = page | (writable ? 1UL : 0);
            switch (_nextCheckedSlot)
            {
                case 0: _checkedPage0 = entry; break;
                case 1: _checkedPage1 = entry; break;
                case 2: _checkedPage2 = entry; break;
                default: _checkedPage3 = entry; break;
            }
            _nextCheckedSlot = (_nextCheckedSlot + 1) & 3;
        }

        internal void ForgetCheckedPages()
        {
            _checkedPage0 = _checkedPage1 = _checkedPage2 = _checkedPage3 = 0;
        }

        /// <summary>How many of its threads are blocked on channels, selects or lookups now (the
        /// deadlock check looks closer only when that is all of them).</summary>
        internal int ThreadsBlockedOnChannels;

        /// <summary>One of its threads has parked (ThreadPark): only then can a deferred wake-up
        /// in its threads' words matter, so the scheduler reads them only then.</summary>
        internal bool HasParked;

        /// <summary>The ports and IRQs its program may use (DeviceGrants), or null: none.</summary>
        internal Devices.DeviceGrant Devices;

        /// <summary>Its thread blocked in Wait for this process to end, or null.</summary>
        internal Thread Waiter;
        internal long ExitCode;
        internal ExitReason ExitReason;

        /// <summary>Next object in the table's free pool.</summary>
        internal Process NextFree;

        /// <summary>Makes this object a new process with nothing in it yet.</summary>
        internal void Reset(long id, string name, Process parent)
        {
            Id = id;
            Name = name;
            Parent = parent;
            State = ProcessState.Running;
            HeldByKernel = false;
            AddressSpaceRoot = 0;
            Pages = 0;
            HeapLow = HeapHigh = 0;
            for (int i = 0; i < ThreadSlotsInUse; i++) Threads[i] = null;
            ThreadCount = 0;
            ThreadSlotsInUse = 0;
            for (int i = 0; i < MaximumHandles; i++) Handles[i] = null;
            Waiter = null;
            ThreadsBlockedOnChannels = 0;
            HasParked = false;
            Devices = null;
            OwnerNumber = 0;
            ForgetCheckedPages();
            FaultHandler = 0;
            ExitCode = 0;
            ExitReason = ExitReason.Normal;
            NextFree = null;
        }

        /// <summary>Records a new thread in the first free slot; the slot number also picks its
        /// user stack. Returns the slot, or -1 when the process has MaximumThreads threads.</summary>
        internal int AddThread(Thread thread)
        {
            for (int i = 0; i < MaximumThreads; i++)
            {
                if (Threads[i] != null) continue;
                Threads[i] = thread;
                ThreadCount++;
                if (i >= ThreadSlotsInUse) ThreadSlotsInUse = i + 1;
                return i;
            }
            return -1;
        }

        internal void RemoveThread(int slot)
        {
            Threads[slot] = null;
            ThreadCount--;
            while (ThreadSlotsInUse > 0 && Threads[ThreadSlotsInUse - 1] == null) ThreadSlotsInUse--;
        }

        /// <summary>Slots at or above this hold no thread (loops over Threads stop here).</summary>
        internal int ThreadSlotsInUse;

        /// <summary>A free handle number, or -1 when the table is full.</summary>
        internal int FreeHandle()
        {
            for (int i = 0; i < MaximumHandles; i++) if (Handles[i] == null) return i;
            return -1;
        }

        /// <summary>The child behind a handle number, or null if it names none.</summary>
        internal Process Handle(long handle) => handle >= 0 && handle < MaximumHandles ? Handles[handle] : null;

        public override string ToString() => Name;
    }
}
