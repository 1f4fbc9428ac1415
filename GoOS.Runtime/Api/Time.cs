using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>The monotonic clock, sleeping, and timers as channels (Go's time package, in
    /// plain units).</summary>
    public static class Time
    {
        /// <summary>Nanoseconds since boot; never goes back.</summary>
        public static long NowNanoseconds => KernelCall.Call(SystemCall.GetTime);

        /// <summary>Lets other threads run for at least milliseconds (0: just yield).</summary>
        public static void Sleep(long milliseconds)
        {
            if (milliseconds <= 0) KernelCall.Call(SystemCall.Yield);
            else KernelCall.Call(SystemCall.Sleep, (ulong)milliseconds * 1_000_000);
        }

        /// <summary>Go's time.After: a channel that receives the clock reading (nanoseconds) once,
        /// milliseconds from now (a goroutine sleeps, then sends).</summary>
        public static Chan<long> After(long milliseconds)
        {
            var channel = new Chan<long>(1);
            Go.Run(() =>
            {
                Sleep(milliseconds);
                channel.TrySend(NowNanoseconds);
            });
            return channel;
        }

        /// <summary>Go's time.Tick: a channel that receives the clock reading every milliseconds,
        /// for as long as the program runs; ticks a slow receiver misses are dropped.</summary>
        public static Chan<long> Tick(long milliseconds)
        {
            if (milliseconds <= 0) throw new System.ArgumentOutOfRangeException(nameof(milliseconds));
            var channel = new Chan<long>(1);
            Go.Run(() =>
            {
                while (true)
                {
                    Sleep(milliseconds);
                    channel.TrySend(NowNanoseconds);
                }
            });
            return channel;
        }
    }
}
