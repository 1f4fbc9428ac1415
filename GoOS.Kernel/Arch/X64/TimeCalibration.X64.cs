namespace GoOS.Kernel.Arch.X64
{
    /// <summary>Measures the TSC and the LAPIC timer against the PIT over one 10 ms window of
    /// PIT channel 2, once at boot.</summary>
    internal static class TimeCalibration
    {
        public const ushort WindowPitTicks = (ushort)(Pit.Hz / 100);

        /// <summary>TSC ticks per second (0 before Measure).</summary>
        public static ulong TscHz { get; private set; }

        /// <summary>LAPIC timer ticks per second at its divide-by-16 input (0 without a LAPIC).</summary>
        public static ulong LocalApicTimerHz { get; private set; }

        /// <summary>Runs the window: interrupts off, LAPIC (if enabled) timer not in use. Takes about 10 ms.</summary>
        public static void Measure()
        {
            bool apic = LocalApic.IsEnabled;
            if (apic) LocalApic.StartFreeCount(uint.MaxValue);
            Pit.StartOneShot(WindowPitTicks);
            ulong tscStart = Cpu.ReadTimeStampCounter();
            uint apicStart = apic ? LocalApic.TimerCount : 0;
            while (!Pit.OneShotDone) { }
            ulong tscEnd = Cpu.ReadTimeStampCounter();
            uint apicEnd = apic ? LocalApic.TimerCount : 0;
            TscHz = Time.TimeConversion.RateFromWindow(tscEnd - tscStart, WindowPitTicks, Pit.Hz);
            LocalApicTimerHz = Time.TimeConversion.RateFromWindow(apicStart - apicEnd, WindowPitTicks, Pit.Hz);
        }
    }
}
