using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Diagnostics;
using GoOS.Kernel.Memory;
using GoOS.Kernel.Processes;
using GoOS.Kernel.UserMode;
using Internal.Runtime.Exceptions;

namespace GoOS.Kernel.Scheduling
{
    /// <summary>Threads on one CPU: creating them, switching between them as SchedulerPolicy
    /// decides (voluntarily, or on timer ticks), blocking and waking, ending them and returning
    /// what they held. Called with interrupts off (the kernel runs with interrupts off; user
    /// threads and the idle thread run with them on).</summary>
    public static unsafe class Scheduler
    {
        // Guarded by: interrupts off.
        private static SchedulerPolicy s_policy;
        private static int s_nextId;
        private static Thread s_ended;   // ended threads whose stacks and memory are not yet returned
        private static Thread s_pool;    // thread objects free for reuse, linked through Next
        private static ulong s_ticks;    // timer ticks taken
        private static Thread s_heldWake;    // see WakeSoon

        [RuntimeImport("goos_idle_wait"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void WaitForInterrupt();

        [RuntimeImport("goos_syscall_set_kernel_stack"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SetSystemCallStack(ulong top);

        [RuntimeImport("goos_enter_user_mode"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void EnterUserMode(ulong rip, ulong rsp, ulong argument0, ulong argument1);

        public static Thread Current => s_policy.Current;

        /// <summary>Threads created and not yet cleaned up after they ended (boot and idle included).</summary>
        public static int LiveThreads { get; private set; }

        /// <summary>Makes the code running now (the boot path) the first thread, creates the idle
        /// thread and starts taking timer ticks. Called once during boot.</summary>
        public static void Initialize()
        {
            var boot = new Thread(++s_nextId, "boot", ThreadPriority.Normal);
            Thread idle = Create("idle", ThreadPriority.Idle, null);
            if (idle == null) Panic.Stop("no memory for the idle thread");
            s_policy = new SchedulerPolicy(boot, idle);
            LiveThreads = 2;
            SystemTimer.SetTickHandler(&OnTimerTick);
        }

        /// <summary>Creates a kernel thread that runs body and then ends; it is runnable at once.
        /// Returns null when no kernel stack can be had.</summary>
        public static Thread Spawn(string name, ThreadPriority priority, Action body)
        {
            Thread thread = Create(name, priority, body);
            if (thread == null) return null;
            LiveThreads++;
            if (s_policy.MakeRunnable(thread)) Yield();
            return thread;
        }

        /// <summary>A thread object with a kernel stack, not yet runnable, or null when no kernel
        /// stack can be had. User threads are built on it (UserThreads) and started with StartUser.</summary>
        internal static Thread CreateUser(string name, ThreadPriority priority) => Create(name, priority, null);

        /// <summary>Makes a thread from CreateUser runnable: it enters ring 3 at its UserEntry with
        /// its UserStackTop in its address space, whose user pages it owns.</summary>
        internal static void StartUser(Thread thread)
        {
            LiveThreads++;
            if (s_policy.MakeRunnable(thread)) Yield();
        }

        /// <summary>Gives back a thread from CreateUser that never started (its stack and object).</summary>
        internal static void Abandon(Thread thread)
        {
            KernelStacks.Free(thread.StackTop);
            thread.StackTop = 0;
            Recycle(thread);
        }

        private static Thread Create(string name, ThreadPriority priority, Action body)
        {
            ulong stackTop = KernelStacks.Allocate();
            if (stackTop == 0) return null;
            Thread thread = s_pool;
            if (thread != null)
            {
                s_pool = thread.Next;
                thread.Reset(++s_nextId, name, priority);
            }
            else thread = new Thread(++s_nextId, name, priority);
            thread.StackTop = stackTop;
            thread.Body = body;
            thread.SavedStackPointer = ThreadStack.Prepare(stackTop, &ThreadMain, 0);
            return thread;
        }

        private static void Recycle(Thread thread)
        {
            thread.Next = s_pool;
            s_pool = thread;
        }

        /// <summary>Gives the CPU to the next runnable thread of the same or higher priority, if any.</summary>
        public static void Yield() => SwitchAway(ThreadState.Runnable);

        /// <summary>Stops running the current thread until Wake is called for it.</summary>
        public static void Block() => SwitchAway(ThreadState.Blocked);

        /// <summary>Lets other threads run for at least 'nanoseconds' of monotonic time; the timer
        /// wakes the thread at the first tick past its deadline.</summary>
        public static void Sleep(ulong nanoseconds) => SwitchAway(ThreadState.Sleeping, Clock.NowNanoseconds + nanoseconds);

        /// <summary>Makes a blocked thread runnable; switches to it at once if it has a higher priority.</summary>
        public static void Wake(Thread thread)
        {
            if (s_policy.MakeRunnable(thread)) Yield();
        }

        /// <summary>Makes a blocked thread runnable without switching to it (for code that may not
        /// switch, e.g. while returning what ended threads held).</summary>
        internal static void MakeRunnable(Thread thread) => s_policy.MakeRunnable(thread);

        /// <summary>Waits until thread has ended and reports how. The caller gives up the thread:
        /// the object serves new threads afterwards and must not be used again.</summary>
        public static ThreadExit Join(Thread thread)
        {
            while (thread.State != ThreadState.Exited)
            {
                thread.Joiner = s_policy.Current;
                Block();
            }
            var exit = new ThreadExit(thread.ExitCode, thread.Faulted, thread.Fault, thread.EndReason);
            Detach(thread);
            return exit;
        }

        /// <summary>The creator will not join the thread: its object is reused once it has ended.</summary>
        public static void Detach(Thread thread)
        {
            thread.Detached = true;
            if (thread.Released) Recycle(thread);
        }

        /// <summary>Ends another thread (not the caller); its memory is returned. Returns false if
        /// it had already ended or is the caller. Join or Detach it as usual.</summary>
        public static bool Kill(Thread thread, string reason)
        {
            if (!s_policy.Remove(thread)) return false;
            thread.EndReason = reason;
            thread.ExitCode = -1;
            Ended(thread);
            return true;
        }

        /// <summary>Ends the current thread with an exit code. Never returns.</summary>
        public static void Exit(long code)
        {
            s_policy.Current.ExitCode = code;
            Ended(s_policy.Current);
            SwitchAway(ThreadState.Exited);
            Panic.Stop("an exited thread was scheduled again");
        }

        /// <summary>Ends the current thread because of a CPU exception it caused; logs it without
        /// allocating and keeps it for Join. Never returns.</summary>
        public static void EndCurrentForFault(in FaultInfo fault)
        {
            Thread current = s_policy.Current;
            current.Faulted = true;
            current.Fault = fault;
            if (current.Process != null)
            {
                Log.Write("process ");
                Log.Write(current.Process.Name);
                Log.Write(" (");
                Log.WriteDecimal((ulong)current.Process.Id);
                Log.Write(") ended: ");
            }
            else
            {
                Log.Write("thread ");
                Log.Write(current.Name);
                Log.Write(" ended: ");
            }
            FaultDescription.Log(fault);
            Log.Write('\n');
            if (current.Process != null) ProcessTable.End(current.Process, -1, GoOS.Abi.ExitReason.Faulted);
            Exit(-1);
        }

        /// <summary>Ends the current thread for a reason given as text. Never returns.</summary>
        public static void EndCurrent(string reason)
        {
            Thread current = s_policy.Current;
            current.EndReason = reason;
            Log.WriteLine("thread " + current.Name + " ended: " + reason);
            Exit(-1);
        }

        // The timer interrupt (after its EOI): applies the running thread's deferred and held
        // wake-ups, charges it and switches if its time is up or a more important thread is waiting. Runs on the interrupted thread's
        // kernel stack; the interrupt frame below keeps the interrupted state until it resumes.
        private static void OnTimerTick(InterruptFrame* frame)
        {
            Thread deferred = ThreadParking.TakeDeferredWakeUp(s_policy.Current);
            if (deferred != null) s_policy.MakeRunnable(deferred);
            ReleaseHeldWake();
            // Threads of deadlocked processes are returned at once: the CPU may have nothing else
            // to switch to (the idle thread releases nothing).
            if (++s_ticks % Ipc.DeadlockDetector.ScanTicks == 0 && Ipc.DeadlockDetector.Scan()) ReleaseEndedThreads();
            if (s_policy.Tick(Clock.NowNanoseconds)) SwitchAway(ThreadState.Runnable);
            ReleaseHeldWake();   // a wake-up this tick made from the interrupted user thread
        }

        // Takes the current thread off the CPU in 'state' (until wakeAt when Sleeping) and runs
        // whoever the policy picks.
        private static void SwitchAway(ThreadState state, ulong wakeAt = 0)
        {
            // Kernel threads run with interrupts off, so ticks may not come while they yield
            // among themselves: deadlines that passed count at every switch too.
            if (s_policy.NextWakeUp != ulong.MaxValue) s_policy.WakeSleepers(Clock.NowNanoseconds);
            Thread previous = s_policy.Current;
            Thread woken = s_heldWake;
            s_heldWake = null;
            if (previous.Process != null)
            {
                Thread deferred = ThreadParking.TakeDeferredWakeUp(previous);
                if (deferred != null)
                {
                    if (woken != null) s_policy.MakeRunnable(woken);
                    woken = deferred;
                }
            }
            if (woken != null)
            {
                if (state == ThreadState.Blocked && s_policy.TryHandOff(woken))
                {
                    SwitchTo(previous, woken);
                    return;
                }
                s_policy.MakeRunnable(woken);
            }
            Thread next = s_policy.SwitchAway(state, wakeAt);
            if (next != previous) SwitchTo(previous, next);
        }

        /// <summary>Makes a blocked thread runnable without switching to it. Woken from a user
        /// thread (its system call), it is held until that thread leaves the CPU or the timer
        /// interrupts it, which on one CPU is as early as it could run: if the waker blocks, the
        /// thread it woke runs at once when the policy would run it next anyway
        /// (SchedulerPolicy.TryHandOff), without a trip through the run queue. An earlier held
        /// thread becomes runnable now.</summary>
        internal static void WakeSoon(Thread thread)
        {
            if (s_policy.Current.Process == null)
            {
                s_policy.MakeRunnable(thread);
                return;
            }
            Thread earlier = s_heldWake;
            s_heldWake = thread;
            if (earlier != null) s_policy.MakeRunnable(earlier);
        }

        /// <summary>Makes the thread WakeSoon holds runnable. Interrupt handlers that wake threads
        /// call it before they return.</summary>
        internal static void ReleaseHeldWake()
        {
            Thread held = s_heldWake;
            if (held == null) return;
            s_heldWake = null;
            s_policy.MakeRunnable(held);
        }

        // Runs next, which the policy made current, in place of previous (the caller's thread),
        // and returns when previous is switched back to.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void SwitchTo(Thread previous, Thread next)
        {
            previous.ExceptionState = ExceptionDispatcher.ThreadState;
            ExceptionDispatcher.ThreadState = next.ExceptionState;
            Enter(next);
            fixed (ulong* save = &previous.SavedStackPointer) ThreadStack.Switch(save, next.SavedStackPointer);
            if (s_ended != null) ReleaseEndedThreads();
        }

        // Makes the CPU ready to run 'next': its address space, the ports its program may use,
        // and its kernel stack for interrupts and system calls coming from ring 3.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Enter(Thread next)
        {
            ulong root = next.AddressSpaceRoot != 0 ? next.AddressSpaceRoot : KernelAddressSpace.Root;
            if (PagingHardware.ActiveRootNow() != root)
            {
                // Grants are per process, and so are address spaces.
                PagingHardware.Load(root);
                Processes.Process process = next.Process;
                IoPermissions.SwitchTo(process != null ? process.Devices : null);
            }
            if (next.StackTop != 0)
            {
                TaskStateSegment.SetKernelStack(next.StackTop);
                SetSystemCallStack(next.StackTop);
            }
        }

        // Queues an ended thread for ReleaseEndedThreads and wakes whoever joins it. The thread is
        // off every run queue; s_ended links through Next, which it no longer uses.
        private static void Ended(Thread thread)
        {
            thread.Next = s_ended;
            s_ended = thread;
            Thread joiner = thread.Joiner;
            thread.Joiner = null;
            if (joiner != null) s_policy.MakeRunnable(joiner);
        }

        // Returns the stacks, pages and address spaces of threads that have ended (never the
        // current one: we are running on our own stack, in our own address space).
        private static void ReleaseEndedThreads()
        {
            Thread keep = null;
            while (s_ended != null)
            {
                Thread thread = s_ended;
                s_ended = thread.Next;
                thread.Next = null;
                if (thread == s_policy.Current) { keep = thread; continue; }
                if (thread.Process != null) ProcessTable.ThreadReleased(thread);
                else if (thread.AddressSpaceRoot != 0) UserThreads.Release(thread);
                if (thread.StackTop != 0) KernelStacks.Free(thread.StackTop);
                thread.StackTop = 0;
                thread.Body = null;
                thread.Released = true;
                LiveThreads--;
                if (thread.Detached) Recycle(thread);
            }
            s_ended = keep;
        }

        // First code of every new thread (via goos_thread_trampoline). Never returns.
        private static void ThreadMain(nint unused)
        {
            ReleaseEndedThreads();
            Thread self = s_policy.Current;
            if (self.AddressSpaceRoot != 0) self.EnteredUserMode = true;
            if (self.AddressSpaceRoot != 0) EnterUserMode(self.UserEntry, self.UserStackTop, self.UserArgument, self.UserArgument2);
            if (self.Body == null) IdleLoop();
            try
            {
                self.Body();
            }
            catch (Exception e)
            {
                EndCurrent("unhandled exception: " + e.ToString());
            }
            Exit(0);
        }

        // The idle thread: halts until an interrupt, then lets anyone who became runnable run.
        private static void IdleLoop()
        {
            while (true)
            {
                if (s_policy.ReadyCount > 0) Yield();
                else WaitForInterrupt();
            }
        }
    }
}
