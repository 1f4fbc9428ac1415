using System;
using System.Threading;
using GoOS;

namespace GoOS.TestPrograms.Chans
{
    /// <summary>Channels between goroutines of one program: buffered FIFO, close, TrySend and
    /// TryReceive, select with default, fair choice, timers; and a deadlock.</summary>
    internal static class Local
    {
        public static int Run()
        {
            var buffered = new Chan<int>(3);
            buffered.Send(1);
            buffered.Send(2);
            if (buffered.Count != 2 || buffered.Capacity != 3) return 1;
            buffered.Close();
            if (buffered.Receive() != 1 || buffered.Receive(out bool ok1) != 2 || !ok1) return 2;
            if (buffered.Receive(out bool ok2) != 0 || ok2) return 3;
            try { buffered.Send(3); return 4; } catch (InvalidOperationException) { }
            try { buffered.Close(); return 5; } catch (InvalidOperationException) { }

            var empty = new Chan<int>();
            if (empty.TryReceive(out _) || empty.TrySend(1)) return 6;
            var select = new Select();
            select.Receive(empty);
            if (select.WaitOrDefault() != -1) return 7;

            var left = new Chan<int>(1);
            var right = new Chan<int>(1);
            int leftWins = 0;
            for (int i = 0; i < 1000; i++)
            {
                left.TrySend(1);
                right.TrySend(2);
                select.Clear();
                int a = select.Receive(left);
                select.Receive(right);
                if (select.Wait() == a) leftWins++;
            }
            if (leftWins < 400 || leftWins > 600) return 8;

            var unbuffered = new Chan<int>();
            int sum = 0;
            Go.Run(() =>
            {
                for (int i = 1; i <= 10; i++) unbuffered.Send(i);
                unbuffered.Close();
            });
            foreach (int value in unbuffered) sum += value;
            if (sum != 55) return 9;

            select.Clear();
            int never = select.Receive(empty);
            int timer = select.Receive(Time.After(5));
            if (select.Wait() != timer) return 10;
            Chan<long> ticks = Time.Tick(2);
            if (ticks.Receive() <= 0 || ticks.Receive() <= 0) return 11;
            var words = new ChanOfString(2, 16);
            words.Send("hello");
            words.Send(null);
            if (words.Receive() != "hello" || words.Receive(out bool wordOk) != null || !wordOk) return 13;
            try { words.Send("a string longer than sixteen"); return 14; } catch (ArgumentException) { }
            words.Close();
            if (words.Receive(out bool closedOk) != null || closedOk) return 15;

            var arrays = new ChanOfArray<long>(1, 100);
            var sent = new long[100];
            for (int i = 0; i < sent.Length; i++) sent[i] = i * 1_000_000_007L;
            arrays.Send(sent);
            long[] got = arrays.Receive();
            if (got == sent || got.Length != 100) return 16;
            for (int i = 0; i < got.Length; i++) if (got[i] != sent[i]) return 17;
            try { Chan<int>.FromHandle(999).Send(1); return 18; }
            catch (GoOSException e) when (e.Status == GoOS.Abi.Status.BadHandle) { }
            try { Registry.Publish("a-name-that-is-longer-than-thirty-two-bytes", arrays); return 19; }
            catch (GoOSException e) when (e.Status == GoOS.Abi.Status.BadName) { }
            try { new Chan<int>(100_000); return 20; }
            catch (GoOSException e) when (e.Status == GoOS.Abi.Status.BadLength) { }
            Console.WriteLine("local: fair choice " + leftWins.ToString() + "/1000");
            return never == 0 ? 0 : 12;
        }

        /// <summary>Makes, hands to the kernel (Handle), uses and gives up count channels (for the
        /// kernel-heap check).</summary>
        public static int Churn(int count)
        {
            for (int i = 0; i < count; i++)
            {
                var channel = new Chan<int>(i % 4);
                if (channel.Handle < 0) return 2;
                if (channel.TrySend(i) != (i % 4 != 0)) return 1;
                channel.Dispose();
            }
            return 0;
        }

        private static volatile int s_received;

        /// <summary>A goroutine waits to receive; main sends (the wake-up is deferred to main's
        /// next switch: by the runtime for a user-space channel, by the kernel for a kernel
        /// one) and then computes without entering the kernel until the goroutine says it got
        /// the value: the timer tick must wake it. 0 when both kinds worked, else the step that
        /// failed.</summary>
        public static int WokenWhileWakerComputes()
        {
            int local = WokenWhileWakerComputes(inKernel: false);
            if (local != 0) return local;
            int kernel = WokenWhileWakerComputes(inKernel: true);
            return kernel == 0 ? 0 : 10 + kernel;
        }

        private static int WokenWhileWakerComputes(bool inKernel)
        {
            s_received = 0;
            var values = new Chan<int>();
            if (inKernel && values.Handle < 0) return 3;   // Handle hands the channel to the kernel
            var ready = new Chan<int>();
            Go.Run(() =>
            {
                ready.Send(0);
                s_received = values.Receive();
            });
            ready.Receive();
            Time.Sleep(10);   // the goroutine is waiting in Receive by now
            values.Send(42);
            ulong giveUp = CpuClock.Ticks + 20_000_000_000UL;   // seconds, at any TSC rate
            while (s_received == 0)
                if (CpuClock.Ticks > giveUp) return 1;
            return s_received == 42 ? 0 : 2;
        }

        /// <summary>Main receives from a channel nobody else can send on.</summary>
        public static int Deadlock()
        {
            var lonely = new Chan<int>();
            Go.Run(() => lonely.Receive());
            return lonely.Receive();
        }
    }
}
