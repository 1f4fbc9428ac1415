using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Processes;
using GoOS.Kernel.Scheduling;
using GoOS.Kernel.UserMode;

namespace GoOS.BootSuites
{
    /// <summary>Micro-benchmarks run by `./goos bench` (the image booted with "bench" on its
    /// command line, under -icount so that TSC ticks count instructions). Each prints
    /// "BENCH name ticks" with the median of several runs.</summary>
    internal static unsafe class Benchmarks
    {
        private const int Runs = 5;

        public static void RunAll()
        {
            Report("null-syscall", NullSystemCall());
            Report("yield-round", UserYieldRound());
            Report("yield-round-kernel-threads", KernelYieldRound());
            RunProgram("bench-spawn 11");
            RunProgram("bench-gc 10");
            RunProgram("bench", "chans");
            RunProgram("bench-transfer");
        }

        // The program benchmarks time themselves and print their own BENCH lines.
        private static void RunProgram(string arguments, string program = "probe")
        {
            var process = KernelProcesses.Start(program, arguments, out GoOS.Abi.Status status);
            if (process == null) Kernel.Kernel.Write("benchmark probe " + arguments + " did not start\n");
            else if (KernelProcesses.Wait(process).Code != 0) Kernel.Kernel.Write("benchmark probe " + arguments + " failed\n");
        }

        private static void Report(string name, ulong ticks) =>
            Kernel.Kernel.Write("BENCH " + name + " " + ticks.ToString() + "\n");

        private static Thread StartProbe(UserProbe probe, ulong argument)
        {
            byte* code = UserProbes.Code(probe, out int length);
            return UserThreads.Start("bench", ThreadPriority.Normal, code, length, argument);
        }

        // A ring-3 loop of null system calls times itself with rdtsc: ticks per syscall + sysret.
        private static ulong NullSystemCall()
        {
            ulong[] samples = new ulong[Runs];
            for (int run = 0; run < Runs; run++)
            {
                samples[run] = (ulong)Scheduler.Join(StartProbe(UserProbe.NullSystemCalls, 10000)).Code;
            }
            return Median(samples);
        }

        // Two ring-3 threads in separate address spaces yield to each other through the Yield
        // system call; each times its own loop, so one iteration is a full round (two system
        // calls, two switches of thread and address space).
        private static ulong UserYieldRound()
        {
            ulong[] samples = new ulong[Runs];
            for (int run = 0; run < Runs; run++)
            {
                Thread first = StartProbe(UserProbe.YieldLoop, 2000);
                Thread second = StartProbe(UserProbe.YieldLoop, 2000);
                samples[run] = (ulong)Scheduler.Join(first).Code;
                Scheduler.Join(second);
            }
            return Median(samples);
        }

        // The same between two kernel threads (no system calls, no address-space switch).
        private static ulong KernelYieldRound()
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
                Scheduler.Join(partner);
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
