namespace GoOS.Kernel.Scheduling
{
    public enum ThreadState
    {
        /// <summary>Made but never run.</summary>
        Created,
        /// <summary>Waiting in a run queue.</summary>
        Runnable,
        /// <summary>On the CPU.</summary>
        Running,
        /// <summary>Waiting for someone to wake it (a channel, a join).</summary>
        Blocked,
        /// <summary>Waiting for a deadline on the monotonic clock.</summary>
        Sleeping,
        /// <summary>Finished; never runs again.</summary>
        Exited,
    }

    /// <summary>Higher runs first; threads of one priority share the CPU round-robin.</summary>
    public enum ThreadPriority
    {
        Idle = 0,
        Low = 1,
        Normal = 2,
        High = 3,
    }
}
