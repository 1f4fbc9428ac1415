using System.Runtime.CompilerServices;
using GoOS.Abi;
using GoOS.Kernel.Scheduling;

namespace GoOS.Kernel.Processes
{
    /// <summary>Parking for a program's runtime (ThreadPark / ThreadUnpark, and the deferred
    /// wake-up word at the top of each thread's stack slot): one permit per thread, as Go's
    /// runtime parks goroutines. Interrupts off.</summary>
    internal static unsafe class ThreadParking
    {
        /// <summary>ThreadPark: blocks the calling thread of a process until it holds a permit,
        /// and takes it. Leaving the CPU makes its deferred wake-up (Scheduler.SwitchAway), and
        /// the thread it wakes may run at once.</summary>
        public static long Park()
        {
            Thread thread = Scheduler.Current;
            Process process = thread.Process;
            if (process == null) return (long)Status.InvalidSystemCall;
            if (thread.ParkPermit)
            {
                thread.ParkPermit = false;
                return (long)Status.Ok;
            }
            process.HasParked = true;
            thread.Parked = true;
            process.ThreadsBlockedOnChannels++;
            while (!thread.ParkPermit) Scheduler.Block();
            process.ThreadsBlockedOnChannels--;
            thread.Parked = false;
            thread.ParkPermit = false;
            return (long)Status.Ok;
        }

        /// <summary>Gives the thread in slot of process a permit, waking it if it is parked.
        /// Ok, or BadHandle when the slot holds no live thread.</summary>
        public static Status Unpark(Process process, ulong slot)
        {
            Thread thread = ThreadIn(process, slot);
            if (thread == null) return Status.BadHandle;
            if (GivePermit(thread)) Scheduler.MakeRunnable(thread);
            return Status.Ok;
        }

        // The live thread in slot of process, or null.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Thread ThreadIn(Process process, ulong slot)
        {
            if (slot >= (ulong)process.ThreadSlotsInUse) return null;
            Thread thread = process.Threads[(int)slot];
            return thread == null || thread.State == ThreadState.Exited ? null : thread;
        }

        // Gives thread its permit; true when it is parked and must be made runnable.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool GivePermit(Thread thread)
        {
            thread.ParkPermit = true;
            return thread.Parked && thread.State == ThreadState.Blocked;
        }

        // Takes the thread's deferred wake-up out of its words: the thread to unpark, or null.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Thread TakeDeferredWake(Thread thread)
        {
            ulong* word = (ulong*)ProcessLimits.DeferredWakeAddress(thread.ProcessSlot);
            ulong target = *word;
            if (target == 0) return null;
            *word = 0;
            return ThreadIn(thread.Process, target - 1);
        }

        /// <summary>Takes the deferred wake-up the thread left in its words
        /// (ProcessLimits.DeferredWakeAddress) and gives the permit: returns the parked thread
        /// that must now be made runnable, or null. A bad slot there is ignored, as ThreadUnpark
        /// would refuse it. Before any thread of the process parked, a wake-up can only be a
        /// permit nobody waits for: the word is left for later. Called by the scheduler whenever
        /// the thread leaves the CPU and at each timer tick that interrupts it, in its address
        /// space (the top of every live thread's stack is mapped from its start to its end).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Thread TakeDeferredWakeUp(Thread thread)
        {
            Process process = thread.Process;
            if (process == null || !process.HasParked || process.State != ProcessState.Running) return null;
            Thread woken = TakeDeferredWake(thread);
            return woken != null && GivePermit(woken) ? woken : null;
        }
    }
}
