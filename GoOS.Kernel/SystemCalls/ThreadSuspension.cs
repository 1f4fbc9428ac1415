using GoOS.Abi;
using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Processes;
using GoOS.Kernel.Scheduling;
using GoOS.Kernel.UserMode;

namespace GoOS.Kernel.SystemCalls
{
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>SuspendOtherThreads / ResumeOtherThreads, for a program's garbage collector.
    /// On one CPU, "the others are stopped" means none of them runs while the caller does: the
    /// caller is raised to High priority (above every program thread) until it resumes them,
    /// and must not block in between. What each stopped thread holds in its registers and on
    /// its stack is reported from the frame its last kernel entry left (UserContext).</summary>
    internal static unsafe class ThreadSuspension
    {
        public static long SuspendOthers(ulong buffer, ulong capacity)
        {
            Thread caller = Scheduler.Current;
            Process process = caller.Process;
            if (process == null) return (long)Status.InvalidSystemCall;
            if (capacity > Process.MaximumThreads) return (long)Status.BadLength;
            if (UserMemory.CheckRange(buffer, capacity * (ulong)sizeof(ThreadContext), forWriting: true) != Status.Ok) return (long)Status.BadAddress;
            ulong others = 0;
            for (int i = 0; i < process.ThreadSlotsInUse; i++)
            {
                Thread thread = process.Threads[i];
                if (thread != null && thread != caller && thread.State != ThreadState.Exited) others++;
            }
            if (others > capacity) return (long)Status.BadLength;
            ThreadContext* contexts = (ThreadContext*)buffer;
            ulong count = 0;
            for (int i = 0; i < process.ThreadSlotsInUse; i++)
            {
                Thread thread = process.Threads[i];
                if (thread == null || thread == caller || thread.State == ThreadState.Exited) continue;
                UserContext.Read(thread, UserLayout.StackTopOf(i), contexts + count);
                count++;
            }
            caller.ChangePriority(ThreadPriority.High);
            return (long)count;
        }

        public static long ResumeOthers()
        {
            Thread caller = Scheduler.Current;
            if (caller.Process == null) return (long)Status.InvalidSystemCall;
            caller.ChangePriority(ThreadPriority.Normal);
            Scheduler.Yield();
            return (long)Status.Ok;
        }
    }
}
