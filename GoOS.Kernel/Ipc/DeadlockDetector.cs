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
    /// blocked on channels (or parked on one of its own user-space channels) and no case of any
    /// of them can be completed from outside (no other holder of the needed side, counting
    /// handles in flight; not published), the process can never run again: it is ended with
    /// that message and ExitReason.Deadlock. Checked from the timer every ScanTicks ticks, off
    /// the channel operations' path; cheap unless all of a process's threads are blocked.
    /// Interrupts off.</summary>
    internal static class DeadlockDetector
    {
        /// <summary>Timer ticks between two scans (16 ms at 1 kHz).</summary>
        public const int ScanTicks = 16;

        /// <summary>Ends every deadlocked process; returns whether it ended any (the caller then
        /// has the scheduler return their threads). Called by the timer tick, which only
        /// interrupts user code and the idle thread (the kernel runs with interrupts off), so no
        /// thread of a deadlocked process is running.</summary>
        public static bool Scan()
        {
            bool ended = false;
            for (int i = 0; i < ProcessTable.MaximumProcesses; i++)
            {
                Process process = ProcessTable.At(i);
                if (process == null || process.State != ProcessState.Running || !IsDeadlocked(process)) continue;
                End(process);
                ended = true;
            }
            return ended;
        }

        private static bool IsDeadlocked(Process process)
        {
            if (process == null || process.ThreadCount == 0 || process.ThreadsBlockedOnChannels < process.ThreadCount) return false;
            for (int i = 0; i < process.ThreadSlotsInUse; i++)
            {
                Thread other = process.Threads[i];
                if (other == null) continue;
                if (other.State != ThreadState.Blocked) return false;
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
