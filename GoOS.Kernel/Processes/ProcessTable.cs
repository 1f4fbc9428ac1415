using GoOS.Abi;
using GoOS.Kernel.Diagnostics;
using GoOS.Kernel.Memory;
using GoOS.Kernel.Programs;
using GoOS.Kernel.Scheduling;

namespace GoOS.Kernel.Processes
{
    /// <summary>Every process, from spawn to the moment its parent has waited for it: creating
    /// one from a program image, adding threads, ending it (exit, fault, kill, unhandled
    /// exception) and returning everything it held once its last thread is off the CPU. Process
    /// objects are pooled. Guarded by: interrupts off (one CPU).</summary>
    internal static unsafe class ProcessTable
    {
        public const int MaximumProcesses = 256;

        private const ulong PageSize = UserLayout.PageSize;
        /// <summary>Stack mapped when a thread starts; the rest comes on demand (DemandPaging).</summary>
        private const ulong InitialStackBytes = 2 * PageSize;

        private static readonly Process[] s_processes = new Process[MaximumProcesses];
        private static Process s_pool;
        private static long s_nextId;
        private static HeapRange s_heap;

        /// <summary>Processes not yet waited for (running, ending or ended).</summary>
        public static int Count { get; private set; }

        /// <summary>The system-wide heap range MapHeap hands out.</summary>
        public static HeapRange Heap => s_heap;

        /// <summary>Sets up the heap range. Called once at boot.</summary>
        public static void Initialize()
        {
            s_heap = new HeapRange(UserLayout.HeapBase, UserLayout.HeapSize, UserLayout.HeapGranule);
            HeapPages.Initialize();
        }

        /// <summary>The process in table slot i (0 ≤ i &lt; MaximumProcesses), or null.</summary>
        public static Process At(int i) => s_processes[i];

        /// <summary>The heap owner number of a process: its table slot + 1.</summary>
        public static int OwnerNumber(Process process) => process.OwnerNumber;

        /// <summary>Starts the program 'name' in a new process whose main thread gets argc/argv
        /// built from arguments (NUL-terminated ASCII strings, argumentsLength bytes in all, read
        /// through the caller's address space). Returns the process, or null with the reason in
        /// status; on failure nothing of it remains.</summary>
        public static Process Spawn(Process parent, byte* name, int nameLength, byte* arguments, int argumentsLength, out Status status)
        {
            if (!ProgramCatalog.Find(name, nameLength, out string programName, out byte* image, out ulong imageLength))
            {
                status = Status.NotFound;
                return null;
            }
            int slot = FreeSlot();
            if (slot < 0)
            {
                status = Status.OutOfMemory;
                return null;
            }
            Process process = s_pool;
            if (process != null) s_pool = process.NextFree;
            else process = new Process();
            process.Reset(++s_nextId, programName, parent);
            s_processes[slot] = process;
            process.OwnerNumber = slot + 1;
            process.Devices = Devices.DeviceGrants.For(programName);
            Count++;
            HeapPages.ProcessStarted(slot + 1);

            status = Status.OutOfMemory;
            if (KernelAddressSpace.Mapper.CreateAddressSpace(out process.AddressSpaceRoot) == MemoryStatus.Ok)
            {
                status = ProgramLoader.Load(process, image, imageLength, out ulong entry);
                if (status == Status.Ok) status = StartMainThread(process, entry, arguments, argumentsLength);
            }
            if (status == Status.Ok) return process;
            HeapPages.ProcessEnded(slot + 1);
            ProcessMemory.DestroyAll(process);
            process.State = ProcessState.Ended;
            Forget(process);
            return null;
        }

        // Maps the main thread's stack, copies argv onto it and starts the thread.
        private static Status StartMainThread(Process process, ulong entry, byte* arguments, int argumentsLength)
        {
            Thread thread = NewThread(process, out int slot, out Status status);
            if (thread == null) return status;
            ulong top = UserLayout.StackTopOf(slot);
            if (!ProcessMemory.MapNewRange(process, top - InitialStackBytes, InitialStackBytes, PageFlags.Writable | PageFlags.NoExecute))
            {
                AbandonThread(process, thread);
                return Status.OutOfMemory;
            }
            ulong stack = ArgumentBlock.Write(process, top - ProcessLimits.ThreadWordBytes, process.Name, arguments, argumentsLength, out ulong argc, out ulong argv);
            thread.UserEntry = entry;
            thread.UserStackTop = stack;
            thread.UserArgument = argc;
            thread.UserArgument2 = argv;
            Scheduler.StartUser(thread);
            return Status.Ok;
        }

        /// <summary>Starts another thread of process at entry with rdi = argument on a fresh stack.
        /// Returns it, or null with the reason in status.</summary>
        public static Thread StartThread(Process process, ulong entry, ulong argument, out Status status)
        {
            Thread thread = NewThread(process, out int slot, out status);
            if (thread == null) return null;
            ulong top = UserLayout.StackTopOf(slot);
            if (!ProcessMemory.MapNewRange(process, top - InitialStackBytes, InitialStackBytes, PageFlags.Writable | PageFlags.NoExecute))
            {
                AbandonThread(process, thread);
                status = Status.OutOfMemory;
                return null;
            }
            thread.UserEntry = entry;
            thread.UserStackTop = top - ProcessLimits.ThreadWordBytes - 8;   // as if called: rsp + 8 is 16-byte aligned at entry
            thread.UserArgument = argument;
            status = Status.Ok;
            Scheduler.StartUser(thread);
            return thread;
        }

        // A thread object for process in a free slot, not yet started.
        private static Thread NewThread(Process process, out int slot, out Status status)
        {
            slot = -1;
            status = Status.OutOfMemory;
            Thread thread = Scheduler.CreateUser(process.Name, ThreadPriority.Normal);
            if (thread == null) return null;
            slot = process.AddThread(thread);
            if (slot < 0)
            {
                Scheduler.Abandon(thread);
                status = Status.TooManyThreads;
                return null;
            }
            thread.Process = process;
            thread.ProcessSlot = slot;
            thread.AddressSpaceRoot = process.AddressSpaceRoot;
            Scheduler.Detach(thread);
            return thread;
        }

        private static void AbandonThread(Process process, Thread thread)
        {
            process.RemoveThread(thread.ProcessSlot);
            Scheduler.Abandon(thread);
        }

        /// <summary>Ends a running process: its threads are ended (the caller's own thread, if it
        /// is one of them, must then leave with Scheduler.Exit), its children become orphans, and
        /// its memory goes back once its last thread is off the CPU (ThreadReleased). Returns
        /// false if it was already ending.</summary>
        public static bool End(Process process, long code, ExitReason reason)
        {
            if (process.State != ProcessState.Running) return false;
            process.State = ProcessState.Ending;
            process.ExitCode = code;
            process.ExitReason = reason;
            Thread current = Scheduler.Current;
            for (int i = 0; i < process.ThreadSlotsInUse; i++)
            {
                Thread thread = process.Threads[i];
                if (thread == null || thread.State == ThreadState.Exited) continue;
                Ipc.KernelChannels.Abandon(thread);   // off every channel's queue before it goes
                if (thread != current) Scheduler.Kill(thread, null);
            }
            for (int i = process.Channels.SlotsInUse - 1; i >= 0; i--)
            {
                Channels.Channel channel = process.Channels.Remove(i, out Channels.ChannelRights rights);
                if (channel != null) Ipc.KernelChannels.Release(channel, rights);
            }
            Ipc.KernelChannels.Registry.RemoveAllOf((int)process.Id);
            for (int i = 0; i < Process.MaximumHandles; i++)
            {
                Process child = process.Handles[i];
                if (child == null) continue;
                process.Handles[i] = null;
                child.Parent = null;
                child.Waiter = null;
                if (child.State == ProcessState.Ended && !child.HeldByKernel) Forget(child);
            }
            return true;
        }

        /// <summary>Called by the scheduler when a thread of a process has ended and is off the
        /// CPU: its stack goes back, and with the last thread the whole process (its address space
        /// and heap range); its waiter wakes. The process's space is not the loaded one then.</summary>
        public static void ThreadReleased(Thread thread)
        {
            Process process = thread.Process;
            int slot = thread.ProcessSlot;
            thread.Process = null;
            thread.AddressSpaceRoot = 0;
            process.RemoveThread(slot);
            if (process.ThreadCount > 0)
            {
                ulong top = UserLayout.StackTopOf(slot);
                if (process.State == ProcessState.Running)
                    ProcessMemory.UnmapRange(process, top - UserLayout.StackBytesOf(slot), UserLayout.StackBytesOf(slot));
                return;
            }
            if (process.State == ProcessState.Running)
            {
                process.State = ProcessState.Ending;
                process.ExitCode = thread.ExitCode;
                process.ExitReason = thread.EndReason == null && !thread.Faulted ? ExitReason.Normal : ExitReason.Killed;
            }
            int owner = OwnerNumber(process);
            Devices.DeviceInterrupts.ProcessEnded(process);
            Devices.ScreenClaim.ProcessEnded(process);
            HeapPages.ProcessEnded(owner);
            s_heap.ReleaseAll(owner, process.HeapLow, process.HeapHigh);
            ProcessMemory.DestroyAll(process);
            process.State = ProcessState.Ended;
            Thread waiter = process.Waiter;
            process.Waiter = null;
            if (waiter != null) Scheduler.MakeRunnable(waiter);
            if (process.Parent == null && !process.HeldByKernel) Forget(process);
        }

        /// <summary>Takes a process that has ended out of the table and pools its object. Called
        /// when its parent waited for it, or when it ends without a parent.</summary>
        public static void Forget(Process process)
        {
            for (int i = 0; i < MaximumProcesses; i++)
            {
                if (s_processes[i] != process) continue;
                s_processes[i] = null;
                Count--;
                break;
            }
            process.State = ProcessState.Free;
            process.OwnerNumber = 0;
            process.Parent = null;
            process.NextFree = s_pool;
            s_pool = process;
        }

        private static int FreeSlot()
        {
            for (int i = 0; i < MaximumProcesses; i++) if (s_processes[i] == null) return i;
            return -1;
        }
    }
}
