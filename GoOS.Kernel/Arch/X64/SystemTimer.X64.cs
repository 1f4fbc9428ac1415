using System.Runtime.CompilerServices;
using GoOS.Kernel.Diagnostics;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The periodic tick that ends time slices: the LAPIC timer in periodic mode on
    /// InterruptVectors.TimerVector, or, without a LAPIC, PIT channel 0 on IRQ 0 (vector
    /// Pic.MasterVector). Counts ticks and calls the scheduler's tick handler, if one is set.</summary>
    internal static unsafe class SystemTimer
    {
        public const uint DefaultHz = 1000;

        // Set by Start with interrupts off.
        private static uint s_hz;
        private static bool s_registered;
        private static delegate*<InterruptFrame*, void> s_tickHandler;

        // Written only by OnTick (interrupts off); an aligned 8-byte read elsewhere is atomic.
        private static ulong s_ticks;

        /// <summary>Timer interrupts since Start. Not inlined: a loop waiting for ticks must read
        /// the field anew each time (an inlined load could be hoisted out of the loop).</summary>
        public static ulong Ticks
        {
            [MethodImpl(MethodImplOptions.NoInlining)]
            get => s_ticks;
        }

        /// <summary>The tick rate (0 before Start).</summary>
        public static uint Hz => s_hz;

        public static bool UsesLocalApic => LocalApic.IsEnabled;

        /// <summary>Starts (or changes the rate of) the tick at hz (1-10,000; the PIT fallback
        /// allows 19 and up). Needs TimeCalibration.Measure first when the LAPIC is enabled.
        /// Leaves interrupts off: ticks arrive once a caller enables them.</summary>
        public static void Start(uint hz)
        {
            if (hz == 0 || hz > 10_000) Panic.Stop("timer rate out of range");
            if (!s_registered)
            {
                byte vector = UsesLocalApic ? InterruptVectors.TimerVector : Pic.MasterVector;
                if (!InterruptVectors.Register(vector, &OnTick)) Panic.Stop("timer vector taken");
                s_registered = true;
            }
            s_hz = hz;
            if (UsesLocalApic)
            {
                LocalApic.StartPeriodic((uint)(TimeCalibration.LocalApicTimerHz / hz));
                return;
            }
            ulong divisor = Pit.Hz / hz;
            if (divisor > ushort.MaxValue) Panic.Stop("timer rate too low for the PIT");
            Pit.StartPeriodic((ushort)divisor);
            Pic.UnmaskMaster(0);
        }

        /// <summary>Sets the function every tick calls after the EOI (so it may switch threads
        /// without blocking later ticks), with interrupts off; null for none. For the scheduler.</summary>
        public static void SetTickHandler(delegate*<InterruptFrame*, void> handler) => s_tickHandler = handler;

        /// <summary>The function ticks call now (the scheduler's, once it runs).</summary>
        public static delegate*<InterruptFrame*, void> TickHandler => s_tickHandler;

        private static void OnTick(InterruptFrame* frame)
        {
            s_ticks++;
            if (UsesLocalApic) LocalApic.EndOfInterrupt();
            else Pic.EndOfMasterInterrupt();
            delegate*<InterruptFrame*, void> handler = s_tickHandler;
            if (handler != null) handler(frame);
        }
    }
}
