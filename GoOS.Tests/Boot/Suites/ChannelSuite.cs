using GoOS.Abi;
using GoOS.Kernel.Processes;

namespace GoOS.BootSuites
{
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>Channels, select and the registry across programs: the scenarios live in the
    /// "chans" program (GoOS.Tests/Boot/Programs/Chans) and the "sieve" and "pingpong" demos
    /// (GoOS.Apps), whose exit codes say what held.</summary>
    internal static class ChannelSuite
    {
        private static ProcessExitInfo Run(string arguments, string program = "chans")
        {
            Process process = KernelProcesses.Start(program, arguments, out Status status);
            Check.True(process != null, "started " + program + " " + arguments + " (status " + Check.Decimal((long)status) + ")");
            return KernelProcesses.Wait(process);
        }

        private static void Expect(string arguments, long code, string what, string program = "chans")
        {
            ProcessExitInfo exit = Run(arguments, program);
            Check.Equal((long)ExitReason.Normal, (long)exit.Reason, program + " " + arguments + " ended normally");
            Check.Equal(code, exit.Code, what);
        }

        public static int Run()
        {
            var suite = new BootTestSuite("channels", 10);

            suite.Test("channels-between-goroutines-select-and-timers", () => Expect("local", 0, "buffered, close, try, default, fair choice, timers"));

            suite.Test("a-goroutine-woken-while-its-waker-computes", () => Expect("woken-while-waker-computes", 0, "the wake-up deferred by the sender (user-space and kernel channels) reached the receiver at a timer tick"));

            suite.Test("ping-pong-between-two-programs", () => Expect("100", 0, "every reply is the ping plus one; a string goes there and comes back upper-cased", "pingpong"));

            suite.Test("fan-out-and-fan-in-across-eight-programs", () => Expect("fan 8 200", 0, "every job's square came back exactly once"));

            suite.Test("prime-sieve-with-a-program-per-filter", () => Expect("100", 0, "the first 100 primes", "sieve"));

            suite.Test("subscription-over-a-published-channel", () =>
            {
                Process publisher = KernelProcesses.Start("chans", "publisher 3", out _);
                var subscribers = new Process[3];
                for (int i = 0; i < 3; i++) subscribers[i] = KernelProcesses.Start("chans", "subscriber", out _);
                for (int i = 0; i < 3; i++) Check.Equal(15, KernelProcesses.Wait(subscribers[i]).Code, "subscriber got 1..5");
                Check.Equal(0, KernelProcesses.Wait(publisher).Code, "publisher");
            });

            suite.Test("registry-lifecycle", () => Expect("registry", 0, "publish, list, taken name, unpublish, death of the publisher"));

            suite.Test("deadlock-ends-the-program", () =>
            {
                ProcessExitInfo exit = Run("deadlock");
                Check.Equal((long)ExitReason.Deadlock, (long)exit.Reason, "all goroutines are asleep");
            });

            suite.Test("a-program-blocked-on-a-dead-peer-is-woken", () => Expect("peer-death", 0, "the receiver saw the value, then the close when its only sender died"));

            suite.Test("channels-come-and-go-without-growing-the-kernel-heap", () =>
            {
                // Measured around the second run only, with nothing in between that allocates
                // (the checks' messages would).
                Expect("churn 500", 0, "channels made and given up");
                ulong heap = Internal.Runtime.Allocator.AllocatedBytes;
                ulong pages = Kernel.Memory.PhysicalMemory.FreePages;
                long code = KernelProcesses.Wait(KernelProcesses.Start("chans", "churn 500", out _)).Code;
                ulong heapAfter = Internal.Runtime.Allocator.AllocatedBytes;
                ulong pagesAfter = Kernel.Memory.PhysicalMemory.FreePages;
                Check.Equal(0, code, "again");
                Check.Equal((long)heap, (long)heapAfter, "kernel heap bytes after 500 more channels");
                Check.Equal((long)pages, (long)pagesAfter, "free pages");
            });

            return suite.Finish();
        }
    }
}
