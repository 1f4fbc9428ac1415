using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>The monotonic clock and sleeping (Go's time.Now / time.Sleep, in plain units).</summary>
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
    }
}
