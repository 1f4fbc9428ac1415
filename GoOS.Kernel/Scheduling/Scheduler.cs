using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Diagnostics;
using Internal.Runtime.Exceptions;

namespace GoOS.Kernel.Scheduling
{
    /// <summary>Kernel threads on one CPU: creating them, switching between them as
    /// SchedulerPolicy decides, blocking and waking, and ending them. Called with interrupts off
    /// (the kernel runs with interrupts off; only the idle thread enables them, to halt).</summary>
    public static unsafe class Scheduler
    {
        public const int KernelStackSize = 64 * 1024;

        // Guarded by: interrupts off.
        private static SchedulerPolicy s_policy;
        private static int s_nextId;

        [RuntimeImport("goos_idle_wait"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void WaitForInterrupt();

        public static bool Started => s_policy != null;

        public static Thread Current => s_policy.Current;

        /// <summary>Makes the code running now (the boot path) the first thread and creates the
        /// idle thread. Called once during boot.</summary>
        public static void Initialize()
        {
            var boot = new Thread(++s_nextId, "boot", ThreadPriority.Normal);
            Thread idle = Create("idle", ThreadPriority.Idle, null);
            s_policy = new SchedulerPolicy(boot, idle);
        }

        /// <summary>Creates a kernel thread that runs body and then ends; it is runnable at once.</summary>
        public static Thread Spawn(string name, ThreadPriority priority, Action body)
        {
            Thread thread = Create(name, priority, body);
            if (s_policy.MakeRunnable(thread)) Yield();
            return thread;
        }

        private static Thread Create(string name, ThreadPriority priority, Action body)
        {
            var thread = new Thread(++s_nextId, name, priority);
            byte[] stack = new byte[KernelStackSize];
            fixed (byte* bottom = stack)
            {
                thread.StackBase = (ulong)bottom;
                thread.StackTop = (ulong)bottom + KernelStackSize;
            }
            thread.Body = body;
            thread.SavedStackPointer = ThreadStack.Prepare(thread.StackTop, &ThreadMain, 0);
            return thread;
        }

        /// <summary>Gives the CPU to the next runnable thread of the same or higher priority, if any.</summary>
        public static void Yield() => SwitchAway(ThreadState.Runnable);

        /// <summary>Stops running the current thread until Wake is called for it.</summary>
        public static void Block() => SwitchAway(ThreadState.Blocked);

        /// <summary>Makes a blocked thread runnable; switches to it at once if it has a higher priority.</summary>
        public static void Wake(Thread thread)
        {
            if (s_policy.MakeRunnable(thread)) Yield();
        }

        /// <summary>Ends the current thread. Never returns.</summary>
        public static void Exit()
        {
            SwitchAway(ThreadState.Exited);
            Panic.Stop("an exited thread was scheduled again");
        }

        // Takes the current thread off the CPU in 'state' and runs whoever the policy picks.
        private static void SwitchAway(ThreadState state)
        {
            Thread previous = s_policy.Current;
            Thread next = s_policy.SwitchAway(state);
            if (next == previous) return;
            previous.ExceptionState = ExceptionDispatcher.ThreadState;
            ExceptionDispatcher.ThreadState = next.ExceptionState;
            fixed (ulong* save = &previous.SavedStackPointer) ThreadStack.Switch(save, next.SavedStackPointer);
        }

        // First code of every new thread (via goos_thread_trampoline). Never returns.
        private static void ThreadMain(nint unused)
        {
            Thread self = s_policy.Current;
            if (self.Body == null) IdleLoop();
            try
            {
                self.Body();
            }
            catch (Exception e)
            {
                Log.WriteLine("thread " + self.Name + " ended by an unhandled exception: " + e.ToString());
            }
            Exit();
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
