using GoOS.Kernel.Time;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The monotonic clock: the TSC, its rate measured against the PIT at boot, counted
    /// from the moment of that measurement. Assumes an invariant TSC (QEMU and CPUs since ~2008).</summary>
    internal static class Clock
    {
        // Set once by Initialize, read-only after.
        private static ulong s_startTsc;

        public static ulong TscHz => TimeCalibration.TscHz;

        /// <summary>Starts the clock at zero. Called once at boot, after TimeCalibration.Measure.</summary>
        public static void Initialize() => s_startTsc = Cpu.ReadTimeStampCounter();

        /// <summary>Nanoseconds since the clock started.</summary>
        public static ulong NowNanoseconds => TimeConversion.ToNanoseconds(Cpu.ReadTimeStampCounter() - s_startTsc, TscHz);

        /// <summary>Waits at least nanoseconds: halts with interrupts on until the deadline when the
        /// system timer runs (it wakes the CPU), spins otherwise. Returns with the interrupt state
        /// the caller had. For the kernel at boot and in tests; threads sleep through the scheduler.</summary>
        public static void Sleep(ulong nanoseconds)
        {
            ulong deadline = Cpu.ReadTimeStampCounter() + TimeConversion.ToTicks(nanoseconds, TscHz);
            bool interruptsWereOn = Cpu.InterruptsEnabled();
            while (Cpu.ReadTimeStampCounter() < deadline)
            {
                if (SystemTimer.Hz != 0) Cpu.WaitForInterrupt();
            }
            if (interruptsWereOn) Cpu.EnableInterrupts();
        }
    }
}
