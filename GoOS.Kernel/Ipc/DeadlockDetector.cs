using GoOS.Abi;
using GoOS.Kernel.Channels;
using GoOS.Kernel.Diagnostics;
using GoOS.Kernel.Processes;
using GoOS.Kernel.Scheduling;

namespace GoOS.Kernel.Ipc
{
    using Channel = GoOS.Kernel.Channels.Channel;
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>Go's "all goroutines are asleep - deadlock!": when every thread of a process is
    /// blocked on channels and no case of any of them can be completed from outside (no other
    /// holder of the needed side, counting handles in flight; not published; no waiting lookup),
    /// the process can never run again: it is ended with that message and ExitReason.Deadlock.
    /// Checked when a thread is about to block on channels and when a thread of the process
    /// ends; cheap unless all its threads are blocked on channels. Interrupts off.</summary>
    internal static class DeadlockDetector
    {
        /// <summary>Called with thread's waiter enqueued, before it blocks. Does not return when
        /// the process is deadlocked.</summary>
        public static void CheckBeforeBlocking(Thread thread)
        {
            Process process = thread.Process;
            if (!IsDeadlocked(process, thread)) return;
            thread.Waiter.Cancel();
            End(process);
            Scheduler.Exit(-1);
        }

        /// <summary>Called before a thread parks (ThreadPark): a parked thread waits for another of
        /// its own process, nothing outside can wake it. Does not return when the process is
        /// deadlocked.</summary>
        public static void CheckBeforeParking(Thread thread)
        {
            Process process = thread.Process;
            if (!IsDeadlocked(process, thread)) return;
            End(process);
            Scheduler.Exit(-1);
        }

        /// <summary>Called when a thread of a running process has ended (the rest may now all be
        /// blocked for good).</summary>
        public static void CheckAfterThreadEnded(Process process)
        {
            if (process.State == ProcessState.Running && IsDeadlocked(process, null)) End(process);
        }

        private static bool IsDeadlocked(Process process, Thread blocking)
        {
            if (process == null || process.ThreadCount == 0 || process.ThreadsBlockedOnChannels < process.ThreadCount) return false;
            for (int i = 0; i < process.ThreadSlotsInUse; i++)
            {
                Thread other = process.Threads[i];
                if (other == null) continue;
                if (other != blocking && other.State != ThreadState.Blocked) return false;
                if (other.Parked) continue;   // only its own process could unpark it
                Waiter waiter = other.Waiter;
                if (waiter.State != WaiterState.Waiting) return false;
                for (int c = 0; c < waiter.CaseCount; c++)
                    if (CanCompleteFromOutside(process, waiter.Case(c))) return false;
            }
            return true;
        }

        private static void End(Process process)
        {
            Log.Write("process ");
            Log.Write(process.Name);
            Log.Write(" (");
            Log.WriteDecimal((ulong)process.Id);
            Log.Write("): all goroutines are asleep - deadlock!\n");
            ProcessTable.End(process, -1, ExitReason.Deadlock);
        }

        private static bool CanCompleteFromOutside(Process process, WaitCase item)
        {
            if (item.Kind == WaitKind.Lookup) return true;
            Channel channel = item.Channel;
            if (channel == null) return false;   // a nil channel: never ready
            if (KernelChannels.Registry.IsPublished(channel)) return true;
            bool receive = item.Kind == WaitKind.Receive;
            ChannelRights other = receive ? ChannelRights.Send : ChannelRights.Receive;
            int holders = receive ? channel.SendHolders : channel.ReceiveHolders;
            return holders > process.Channels.CountHolding(channel, other);
        }
    }
}
