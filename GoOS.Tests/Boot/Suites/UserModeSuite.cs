using GoOS.Abi;
using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Memory;
using GoOS.Kernel.Scheduling;
using GoOS.Kernel.UserMode;

namespace GoOS.BootSuites
{
    /// <summary>Ring 3: user threads in their own address spaces, system calls with checked
    /// arguments, preemption of a thread that never yields, and faults that end only the
    /// offending thread. The user code is UserProbes.asm.</summary>
    internal static unsafe class UserModeSuite
    {
        private static readonly string[] s_names =
        {
            "hello", "spin", "null-read", "kernel-write", "wild-jump", "divide-by-zero", "stack-overflow",
            "bad-pointer", "unmapped-pointer", "bad-length", "bad-number", "null-system-calls", "yield-loop",
        };

        // Starts a probe as a user thread and waits for it to end.
        private static Thread RunProbe(UserProbe probe, ulong argument = 0)
        {
            Thread thread = Start(probe, argument);
            Scheduler.Join(thread);
            return thread;
        }

        private static Thread Start(UserProbe probe, ulong argument = 0)
        {
            byte* code = UserProbes.Code(probe, out int length);
            Thread thread = UserThreads.Start(s_names[(int)probe], ThreadPriority.Normal, code, length, argument);
            Check.True(thread != null, "user thread started");
            return thread;
        }

        private static void ExpectFault(UserProbe probe, string expected)
        {
            Thread thread = RunProbe(probe);
            Check.True(thread.EndReason != null && thread.EndReason.Contains(expected), probe + " ended with '" + expected + "', got: " + thread.EndReason);
            Check.Equal(-1, thread.ExitCode, "exit code of a thread the kernel ended");
        }

        public static int Run()
        {
            var suite = new BootTestSuite("usermode", 10);

            suite.Test("hello-from-ring-3", () =>
            {
                Thread thread = RunProbe(UserProbe.Hello);
                Check.True(thread.EndReason == null, "ended normally");
                Check.Equal(18, thread.ExitCode, "DebugWrite returned the length written");
            });

            suite.Test("spinning-thread-does-not-stop-others", () =>
            {
                Thread spinner = Start(UserProbe.Spin);
                Thread hello = RunProbe(UserProbe.Hello);
                Check.Equal(18, hello.ExitCode, "another thread finished while one spins");
                Check.True(spinner.State != ThreadState.Exited && spinner.TicksRun > 0, "the spinner ran and was preempted");
                Check.True(Scheduler.Kill(spinner, "killed by the test"), "kill the spinner");
                Check.True(spinner.State == ThreadState.Exited, "spinner ended");
            });

            suite.Test("null-dereference-ends-only-that-thread", () => ExpectFault(UserProbe.NullRead, "page fault at RIP 0x400000, address 0x0 (read of an unmapped page)"));

            suite.Test("write-to-kernel-memory-ends-only-that-thread", () => ExpectFault(UserProbe.KernelWrite, "address 0xffff800000100000 (write of a protected page)"));

            suite.Test("wild-jump-ends-only-that-thread", () => ExpectFault(UserProbe.WildJump, "address 0x7fffdead0000 (instruction fetch of an unmapped page)"));

            suite.Test("divide-by-zero-ends-only-that-thread", () => ExpectFault(UserProbe.DivideByZero, "divide error at RIP 0x400009"));

            suite.Test("stack-overflow-ends-only-that-thread", () => ExpectFault(UserProbe.StackOverflow, ": stack overflow"));

            suite.Test("bad-system-call-arguments-return-errors", () =>
            {
                Check.Equal((long)Status.BadAddress, RunProbe(UserProbe.BadPointer).ExitCode, "kernel pointer");
                Check.Equal((long)Status.BadAddress, RunProbe(UserProbe.UnmappedPointer).ExitCode, "unmapped user pointer");
                Check.Equal((long)Status.BadLength, RunProbe(UserProbe.BadLength).ExitCode, "length past the limit");
                Check.Equal((long)Status.InvalidSystemCall, RunProbe(UserProbe.BadNumber).ExitCode, "unknown call number");
            });

            suite.Test("null-system-calls-complete", () =>
            {
                Thread thread = RunProbe(UserProbe.NullSystemCalls, 1000);
                Check.True(thread.EndReason == null && thread.ExitCode > 0, "1,000 null calls, " + thread.ExitCode + " ticks each");
            });

            suite.Test("user-threads-return-everything", () =>
            {
                RunProbe(UserProbe.Hello);   // warm up: first-use allocations of the kernel heap
                ulong freeBefore = PhysicalMemory.FreePages;
                int stacksBefore = KernelStacks.InUse;
                int threadsBefore = Scheduler.LiveThreads;
                for (int i = 0; i < 50; i++) RunProbe(i % 2 == 0 ? UserProbe.Hello : UserProbe.NullRead);
                Scheduler.Yield();
                Check.Equal((long)freeBefore, (long)PhysicalMemory.FreePages, "free pages after 50 user threads");
                Check.Equal(stacksBefore, KernelStacks.InUse, "kernel stacks in use");
                Check.Equal(threadsBefore, Scheduler.LiveThreads, "live threads");
            });

            return suite.Finish();
        }
    }
}
