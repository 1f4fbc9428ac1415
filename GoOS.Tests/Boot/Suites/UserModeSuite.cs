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
        private static ThreadExit RunProbe(UserProbe probe, ulong argument = 0) => Scheduler.Join(Start(probe, argument));

        private static Thread Start(UserProbe probe, ulong argument = 0)
        {
            byte* code = UserProbes.Code(probe, out int length);
            Thread thread = UserThreads.Start(s_names[(int)probe], ThreadPriority.Normal, code, length, argument);
            Check.True(thread != null, "user thread started");
            return thread;
        }

        private static void ExpectFault(UserProbe probe, string expected)
        {
            ThreadExit exit = RunProbe(probe);
            Check.True(exit.Reason != null && exit.Reason.Contains(expected), s_names[(int)probe] + " ended with '" + expected + "', got: " + exit.Reason);
            Check.Equal(-1, exit.Code, "exit code of a thread the kernel ended");
        }

        public static int Run()
        {
            var suite = new BootTestSuite("usermode", 10);

            suite.Test("hello-from-ring-3", () =>
            {
                ThreadExit exit = RunProbe(UserProbe.Hello);
                Check.True(exit.Normal, "ended normally");
                Check.Equal(18, exit.Code, "DebugWrite returned the length written");
            });

            suite.Test("spinning-thread-does-not-stop-others", () =>
            {
                Thread spinner = Start(UserProbe.Spin);
                ThreadExit hello = RunProbe(UserProbe.Hello);
                Check.Equal(18, hello.Code, "another thread finished while one spins");
                Check.True(spinner.State != ThreadState.Exited && spinner.TicksRun > 0, "the spinner ran and was preempted");
                Check.True(Scheduler.Kill(spinner, "killed by the test"), "kill the spinner");
                Check.Equal("killed by the test", Scheduler.Join(spinner).Reason, "spinner ended");
            });

            suite.Test("null-dereference-ends-only-that-thread", () => ExpectFault(UserProbe.NullRead, "page fault at RIP 0x400000, address 0x0 (read of an unmapped page)"));

            suite.Test("write-to-kernel-memory-ends-only-that-thread", () => ExpectFault(UserProbe.KernelWrite, "address 0xffff800000100000 (write of a protected page)"));

            suite.Test("wild-jump-ends-only-that-thread", () => ExpectFault(UserProbe.WildJump, "address 0x7fffdead0000 (instruction fetch of an unmapped page)"));

            suite.Test("divide-by-zero-ends-only-that-thread", () => ExpectFault(UserProbe.DivideByZero, "divide error at RIP 0x400009"));

            suite.Test("stack-overflow-ends-only-that-thread", () => ExpectFault(UserProbe.StackOverflow, ": stack overflow"));

            suite.Test("bad-system-call-arguments-return-errors", () =>
            {
                Check.Equal((long)Status.BadAddress, RunProbe(UserProbe.BadPointer).Code, "kernel pointer");
                Check.Equal((long)Status.BadAddress, RunProbe(UserProbe.UnmappedPointer).Code, "unmapped user pointer");
                Check.Equal((long)Status.BadLength, RunProbe(UserProbe.BadLength).Code, "length past the limit");
                Check.Equal((long)Status.InvalidSystemCall, RunProbe(UserProbe.BadNumber).Code, "unknown call number");
            });

            suite.Test("null-system-calls-complete", () =>
            {
                ThreadExit exit = RunProbe(UserProbe.NullSystemCalls, 1000);
                Check.True(exit.Normal && exit.Code > 0, "1,000 null calls, " + exit.Code + " ticks each");
            });

            suite.Test("thousand-user-threads-return-everything", () =>
            {
                RunProbe(UserProbe.Hello);   // warm up: first-use allocations of the kernel heap
                ulong freeBefore = PhysicalMemory.FreePages;
                int stacksBefore = KernelStacks.InUse;
                int threadsBefore = Scheduler.LiveThreads;
                ulong heapBefore = Internal.Runtime.Allocator.AllocatedBytes;
                for (int i = 0; i < 1000; i++) RunProbe(i % 2 == 0 ? UserProbe.Hello : UserProbe.NullRead);
                ulong heapGrowth = Internal.Runtime.Allocator.AllocatedBytes - heapBefore;
                Check.Equal((long)freeBefore, (long)PhysicalMemory.FreePages, "free pages after 1,000 user threads");
                Check.Equal(stacksBefore, KernelStacks.InUse, "kernel stacks in use");
                Check.Equal(threadsBefore, Scheduler.LiveThreads, "live threads");
                Check.Equal(0, (long)heapGrowth, "kernel heap bytes allocated by 1,000 user threads coming and going");
            });

            return suite.Finish();
        }
    }
}
