namespace GoOS.Kernel.Time
{
    /// <summary>Converts between counts of a clock running at hz and nanoseconds, exactly
    /// (rounded down) and without 128-bit arithmetic: the whole seconds and the remainder are
    /// scaled apart. Valid for hz up to 18 GHz. Portable; tested on the host.</summary>
    internal static class TimeConversion
    {
        public const ulong NanosecondsPerSecond = 1_000_000_000;

        public static ulong ToNanoseconds(ulong ticks, ulong hz) =>
            ticks / hz * NanosecondsPerSecond + ticks % hz * NanosecondsPerSecond / hz;

        public static ulong ToTicks(ulong nanoseconds, ulong hz) =>
            nanoseconds / NanosecondsPerSecond * hz + nanoseconds % NanosecondsPerSecond * hz / NanosecondsPerSecond;

        /// <summary>The rate of a clock that advanced counted ticks while a reference clock running
        /// at referenceHz advanced referenceTicks (referenceTicks &gt; 0; counted * referenceHz
        /// must fit 64 bits: a window of seconds).</summary>
        public static ulong RateFromWindow(ulong counted, ulong referenceTicks, ulong referenceHz) =>
            counted * referenceHz / referenceTicks;
    }
}
