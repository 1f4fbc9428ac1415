using GoOS.Abi;
using GoOS.Kernel.Memory;
using GoOS.Kernel.Processes;
using GoOS.Kernel.Scheduling;

namespace GoOS.BootSuites
{
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>Programs: separate C# assemblies (GoOS.Tests/Boot/Programs, GoOS.Apps) loaded from
    /// their ELF images into address spaces of their own, with arguments, exit codes, failures
    /// that end only their process, and everything returned when they end.</summary>
    internal static unsafe class ProcessSuite
    {
        // Starts a program and waits for it.
        private static ProcessExitInfo RunProgram(string name, string arguments)
        {
            Process process = Start(name, arguments);
            return KernelProcesses.Wait(process);
        }

        private static Process Start(string name, string arguments)
        {
            Process process = KernelProcesses.Start(name, arguments, out Status status);
            Check.True(process != null, "started " + name + " " + arguments + " (status " + Check.Decimal((long)status) + ")");
            return process;
        }

        public static int Run()
        {
            var suite = new BootTestSuite("process", 7);

            suite.Test("program-runs-and-returns-its-exit-code", () =>
            {
                ProcessExitInfo exit = RunProgram("probe", "exit 42");
                Check.Equal((long)ExitReason.Normal, (long)exit.Reason, "ended normally");
                Check.Equal(42, exit.Code, "Main's result is the exit code");
            });

            suite.Test("program-receives-its-arguments", () =>
            {
                ProcessExitInfo exit = RunProgram("probe", "args one two three");
                Check.Equal(4, exit.Code, "four arguments after the program's name");
            });

            suite.Test("unhandled-exception-ends-only-that-program", () =>
            {
                ProcessExitInfo exit = RunProgram("probe", "throw");
                Check.Equal((long)ExitReason.UnhandledException, (long)exit.Reason, "reason");
                Check.Equal(7, RunProgram("probe", "exit 7").Code, "the next program runs");
            });

            suite.Test("fault-ends-only-that-program", () =>
            {
                ProcessExitInfo exit = RunProgram("probe", "null");
                Check.Equal((long)ExitReason.Faulted, (long)exit.Reason, "reason");
                Check.Equal(-1, exit.Code, "exit code of a faulted program");
            });

            suite.Test("endless-loop-does-not-stop-others-and-can-be-killed", () =>
            {
                Process spinner = Start("probe", "spin");
                Check.Equal(5, RunProgram("probe", "exit 5").Code, "another program finished while one spins");
                Check.True(KernelProcesses.Kill(spinner), "kill the spinner");
                ProcessExitInfo exit = KernelProcesses.Wait(spinner);
                Check.Equal((long)ExitReason.Killed, (long)exit.Reason, "the spinner was killed");
            });

            suite.Test("unknown-program-is-not-found", () =>
            {
                Process process = KernelProcesses.Start("no-such-program", "", out Status status);
                Check.True(process == null, "nothing started");
                Check.Equal((long)Status.NotFound, (long)status, "status");
            });

            suite.Test("two-hundred-programs-leave-free-pages-at-baseline", () =>
            {
                RunProgram("probe", "exit 0");   // warm the kernel's pools (thread and process objects)
                ulong baseline = PhysicalMemory.FreePages;
                for (int i = 0; i < 200; i++)
                {
                    ProcessExitInfo exit = RunProgram("probe", "exit 3");
                    if (exit.Code != 3) Check.Equal(3, exit.Code, "exit code of program " + Check.Decimal(i));
                }
                Check.Equal((long)baseline, (long)PhysicalMemory.FreePages, "free pages after 200 programs");
                Check.Equal(0, KernelProcesses.Count, "no process left in the table");
            });

            return suite.Finish();
        }
    }
}
