using GoOS.Kernel.Scheduling;

namespace GoOS.BootSuites
{
    /// <summary>Micro-benchmarks run by `./goos bench` (the image booted with "bench" on its
    /// command line, under -icount so that TSC ticks count instructions). Each prints
    /// "BENCH name ticks" with the median of several runs.</summary>
    internal static class Benchmarks
    {
        private const int Runs = 5;

        public static void RunAll()
        {
            Report("yield-round", YieldRound());
        }

        private static void Report(string name, ulong ticks) =>
            Kernel.Kernel.Write("BENCH " + name + " " + ticks.ToString() + "\n");

        // One round = two kernel threads each yield once to the other (two context switches).
        private static ulong YieldRound()
        {
            const int Rounds = 2000;
            ulong[] samples = new ulong[Runs];
            for (int run = 0; run < Runs; run++)
            {
                bool done = false;
                Thread partner = Scheduler.Spawn("partner", ThreadPriority.Normal, () => { while (!done) Scheduler.Yield(); });
                Scheduler.Yield();
                ulong start = Kernel.Kernel.ReadTimestamp();
                for (int i = 0; i < Rounds; i++) Scheduler.Yield();
                ulong elapsed = Kernel.Kernel.ReadTimestamp() - start;
                done = true;
                while (partner.State != ThreadState.Exited) Scheduler.Yield();
                samples[run] = elapsed / Rounds;
            }
            return Median(samples);
        }

        private static ulong Median(ulong[] samples)
        {
            System.Array.Sort(samples);
            return samples[samples.Length / 2];
        }
    }
}
