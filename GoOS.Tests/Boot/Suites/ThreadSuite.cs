using System;
using GoOS.Kernel.Scheduling;

namespace GoOS.BootSuites
{
    /// <summary>Kernel threads in the real kernel: switching, blocking and waking, priorities,
    /// per-thread exception state, and a thread that dies alone.</summary>
    internal static class ThreadSuite
    {
        private static string s_log;

        // Waits for every given thread to end.
        private static void Join(params Thread[] threads)
        {
            foreach (Thread thread in threads) Scheduler.Join(thread);
        }

        public static int Run()
        {
            var suite = new BootTestSuite("threads", 6);

            suite.Test("yield-interleaves-threads", () =>
            {
                s_log = "";
                Thread a = Scheduler.Spawn("a", ThreadPriority.Normal, () => { for (int i = 0; i < 3; i++) { s_log += "a" + i; Scheduler.Yield(); } });
                Thread b = Scheduler.Spawn("b", ThreadPriority.Normal, () => { for (int i = 0; i < 3; i++) { s_log += "b" + i; Scheduler.Yield(); } });
                Join(a, b);
                Check.Equal("a0b0a1b1a2b2", s_log, "round-robin order");
            });

            suite.Test("blocked-thread-waits-for-wake", () =>
            {
                bool resumed = false;
                Thread waiter = Scheduler.Spawn("waiter", ThreadPriority.Normal, () => { Scheduler.Block(); resumed = true; });
                for (int i = 0; i < 10; i++) Scheduler.Yield();
                Check.True(!resumed && waiter.State == ThreadState.Blocked, "still blocked");
                Scheduler.Wake(waiter);
                Join(waiter);
                Check.True(resumed, "ran after the wake-up");
            });

            suite.Test("higher-priority-runs-first", () =>
            {
                s_log = "";
                Thread urgent = Scheduler.Spawn("urgent", ThreadPriority.High, () => s_log += "urgent;");
                s_log += "main;";
                Join(urgent);
                Check.Equal("urgent;main;", s_log, "the high-priority thread preempted its creator");
            });

            suite.Test("exception-state-is-per-thread", () =>
            {
                s_log = "";
                Thread first = Scheduler.Spawn("first", ThreadPriority.Normal, () =>
                {
                    try
                    {
                        try { throw new InvalidOperationException("first"); }
                        catch (InvalidOperationException)
                        {
                            Scheduler.Yield();   // the other thread throws and catches meanwhile
                            throw;
                        }
                    }
                    catch (InvalidOperationException e) { s_log += "first caught " + e.Message + ";"; }
                });
                Thread second = Scheduler.Spawn("second", ThreadPriority.Normal, () =>
                {
                    try { throw new FormatException("second"); }
                    catch (FormatException e) { Scheduler.Yield(); s_log += "second caught " + e.Message + ";"; }
                });
                Join(first, second);
                Check.Equal("first caught first;second caught second;", s_log, "each thread rethrew and caught its own exception");
            });

            suite.Test("unhandled-exception-ends-only-its-thread", () =>
            {
                Thread doomed = Scheduler.Spawn("doomed", ThreadPriority.Normal, () => throw new NotSupportedException("expected: this thread dies"));
                ThreadExit exit = Scheduler.Join(doomed);
                Check.True(!exit.Normal && exit.Reason.Contains("NotSupportedException"), "the thread ended with its exception: " + exit.Reason);
            });

            suite.Test("sleep-lets-others-run-and-wakes-on-time", () =>
            {
                const ulong Millisecond = 1_000_000;
                int counted = 0;
                bool stop = false;
                Thread counter = Scheduler.Spawn("counter", ThreadPriority.Low, () => { while (!stop) { counted++; Scheduler.Yield(); } });
                ulong start = GoOS.Kernel.Arch.X64.Clock.NowNanoseconds;
                Scheduler.Sleep(20 * Millisecond);
                ulong slept = GoOS.Kernel.Arch.X64.Clock.NowNanoseconds - start;
                stop = true;
                Scheduler.Join(counter);
                Check.True(slept >= 20 * Millisecond && slept < 25 * Millisecond, "slept " + slept.ToString() + " ns for 20 ms");
                Check.True(counted > 0, "a lower-priority thread ran meanwhile");
            });

            return suite.Finish();
        }
    }
}
