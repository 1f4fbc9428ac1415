using System.Runtime;
using System.Runtime.CompilerServices;

namespace GoOS
{
    /// <summary>Time as the CPU counts it.</summary>
    public static class CpuClock
    {
        [RuntimeImport("goos_read_time_stamp"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong ReadTimeStamp();

        /// <summary>The time-stamp counter (under QEMU -icount shift=3,sleep=off: guest ticks,
        /// the unit of the benchmarks).</summary>
        public static ulong Ticks => ReadTimeStamp();
    }
}
