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

        // Runs probe with arguments, which must exit 0 (what: what that means); once it and any
        // program it started ended, the heap pages in use and the free pages are as before.
        private static void RunLeavingNothing(string arguments, string what)
        {
            long inUse = HeapPages.Totals.InUse;
            ulong free = PhysicalMemory.FreePages;
            Check.Equal(0, RunProgram("probe", arguments).Code, what);
            Check.Equal(inUse, HeapPages.Totals.InUse, "heap pages in use once it ended");
            Check.Equal((long)free, (long)PhysicalMemory.FreePages, "free pages once it ended");
        }

        private static Process Start(string name, string arguments)
        {
            Process process = KernelProcesses.Start(name, arguments, out Status status);
            Check.True(process != null, "started " + name + " " + arguments + " (status " + Check.Decimal((long)status) + ")");
            return process;
        }

        public static int Run()
        {
            var suite = new BootTestSuite("process", 24);

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

            suite.Test("null-dereference-is-an-exception-in-the-program", () =>
            {
                Check.Equal((long)ExitReason.UnhandledException, (long)RunProgram("probe", "null").Reason, "uncaught NullReferenceException");
                Check.Equal(0, RunProgram("probe", "catch-faults").Code, "null, divide by zero and overflow caught");
            });

            suite.Test("fault-ends-only-that-program", () =>
            {
                ProcessExitInfo exit = RunProgram("probe", "wild-jump");
                Check.Equal((long)ExitReason.Faulted, (long)exit.Reason, "reason");
                Check.Equal(-1, exit.Code, "exit code of a faulted program");
                Check.Equal(7, RunProgram("probe", "exit 7").Code, "the next program runs");
            });

            suite.Test("stack-overflow-ends-only-that-program", () =>
            {
                ProcessExitInfo exit = RunProgram("probe", "stack-overflow");
                Check.Equal((long)ExitReason.Faulted, (long)exit.Reason, "reason");
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

            suite.Test("heap-pages-are-in-the-page-ledger-while-their-program-lives", () =>
                RunLeavingNothing("heap-pages", "held, in use, not shared or dirty (1-4: the check that failed)"));

            suite.Test("objects-outlive-their-sender-and-their-pages-return-when-dropped", () =>
                RunLeavingNothing("transfer-keep 3 70000", "received intact, foreign and dirty, freed when dropped (1-7: the check that failed)"));

            suite.Test("a-thousand-exchanges-leave-free-pages-and-kernel-heap-at-baseline", () =>
            {
                Check.Equal(0, RunProgram("probe", "transfer-keep 2 5000").Code, "first round");
                ulong free = PhysicalMemory.FreePages;
                ulong heap = Internal.Runtime.Allocator.AllocatedBytes;
                long inUse = HeapPages.Totals.InUse;
                for (int i = 1; i < 1000; i++)
                {
                    // Not RunProgram: its check message would be built, on the kernel heap, every round.
                    Process round = KernelProcesses.Start("probe", "transfer-keep 2 5000", out Status status);
                    if (round == null) Check.Equal((long)Status.Ok, (long)status, "start of round " + Check.Decimal(i));
                    long code = KernelProcesses.Wait(round).Code;
                    if (code != 0) Check.Equal(0, code, "round " + Check.Decimal(i));
                }
                Check.Equal((long)free, (long)PhysicalMemory.FreePages, "free pages after 1,000 rounds");
                Check.Equal((long)heap, (long)Internal.Runtime.Allocator.AllocatedBytes, "kernel heap after 1,000 rounds");
                Check.Equal(inUse, HeapPages.Totals.InUse, "heap pages in use after 1,000 rounds");
            });

            suite.Test("a-graph-of-a-shared-class-moves-between-programs-and-is-freed-when-dropped", () =>
                RunLeavingNothing("transfer-graph 200", "a list of 200 letters from chans, intact after it ended, freed when dropped (1-5: the check that failed)"));

            suite.Test("three-senders-two-receiving-goroutines-and-collections-among-them", () =>
                RunLeavingNothing("transfer-stress 3 200", "600 arrays of 1 to 3,000 ints arrived intact and left nothing (1: a sender failed, 2: an array was wrong, 3: too few collections, 5: foreign pages left)"));

            suite.Test("objects-left-in-a-channel-nobody-can-receive-from-are-freed", () =>
                RunLeavingNothing("transfer-abandon", "two arrays and a graph sent into buffered channels, then the sender ended"));

            suite.Test("an-object-whose-sender-ends-blocked-in-the-send-is-freed", () =>
            {
                long inUse = HeapPages.Totals.InUse;
                ulong free = PhysicalMemory.FreePages;
                Check.Equal((long)ExitReason.Deadlock, (long)RunProgram("probe", "transfer-blocked-send").Reason, "ended, deadlocked in its send");
                Check.Equal(inUse, HeapPages.Totals.InUse, "heap pages in use once it ended");
                Check.Equal((long)free, (long)PhysicalMemory.FreePages, "free pages once it ended");
            });

            suite.Test("what-cannot-travel-is-refused-and-stays-the-sender-s", () =>
            {
                Check.Equal(0, RunProgram("probe", "transfer-refusals").Code, "refused with references, kept on a closed channel (1-3: the check that failed)");
                ulong nobodys = UserLayout.HeapBase + 0x3_0000_0000;
                Check.Equal((long)Status.NotOwner, (long)HeapPages.Transfer(HeapPages.InFlight, 1, nobodys, 64), "a transfer of pages the sender does not own");
                Check.Equal((long)Status.NotOwner, (long)HeapPages.Release(HeapPages.InFlight, nobodys, 64), "a release of pages the caller does not own");
            });

            suite.Test("garbage-of-a-hundred-times-the-live-size-is-reclaimed", () =>
            {
                ProcessExitInfo exit = RunProgram("probe", "garbage 1024");
                Check.Equal((long)ExitReason.Normal, (long)exit.Reason, "ended normally");
                Check.Equal(0, exit.Code, "live list intact (1: checksum, 2: too few collections, 3: heap grew)");
            });

            suite.Test("a-hundred-goroutines-all-finish", () =>
            {
                ProcessExitInfo exit = RunProgram("probe", "goroutines 100");
                Check.Equal((long)ExitReason.Normal, (long)exit.Reason, "ended normally");
                Check.Equal(100, exit.Code, "goroutines that finished with the right results");
            });

            suite.Test("program-spawns-and-waits-for-programs", () => Check.Equal(0, RunProgram("probe", "spawn 10").Code, "children's exit codes"));

            suite.Test("program-kills-its-child", () => Check.Equal(0, RunProgram("probe", "kill-child").Code, "child reported killed"));

            suite.Test("process-list-shows-the-caller", () => Check.Equal(0, RunProgram("probe", "list").Code, "listed with name, threads and pages"));

            suite.Test("truncated-image-is-refused", () =>
            {
                ulong before = PhysicalMemory.FreePages;
                Process process = KernelProcesses.Start("truncated", "", out Status status);
                Check.True(process == null, "nothing started");
                Check.Equal((long)Status.BadImage, (long)status, "status");
                Check.Equal((long)before, (long)PhysicalMemory.FreePages, "nothing stays mapped");
            });

            suite.Test("image-for-another-machine-is-refused", () =>
            {
                Process process = KernelProcesses.Start("wrong-machine", "", out Status status);
                Check.True(process == null, "nothing started");
                Check.Equal((long)Status.BadImage, (long)status, "status");
            });

            return suite.Finish();
        }
    }
}
