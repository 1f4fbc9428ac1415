using System;
using GoOS;

namespace GoOS.TestPrograms.Chans
{
    /// <summary>Channel figures for the benchmark command, each "BENCH name ticks" per operation
    /// (CPU ticks; guest ticks under QEMU -icount).</summary>
    internal static class Benchmarks
    {
        private const int Rounds = 2000;

        public static int Run()
        {
            Report("chan-rtt-goroutines", RoundTripGoroutines());
            Report("chan-rtt-programs", RoundTripPrograms());
            Report("chan-buffered-send", BufferedSend());
            Report("select-2", SelectOver(2));
            Report("select-8", SelectOver(8));
            Report("select-64", SelectOver(64));
            Report("chan-send-handle", SendHandle());
            return 0;
        }

        private static void Report(string name, ulong ticks) => Console.WriteLine("BENCH " + name + " " + ticks.ToString());

        private static ulong RoundTripGoroutines()
        {
            var ping = new Chan<int>();
            var pong = new Chan<int>();
            Go.Run(() =>
            {
                foreach (int value in ping) pong.Send(value);
            });
            ulong ticks = TimeRoundTrips(ping, pong);
            ping.Close();
            return ticks;
        }

        // Ticks per round trip (send on ping, receive the echo on pong), after one to warm up.
        private static ulong TimeRoundTrips(Chan<int> ping, Chan<int> pong)
        {
            ping.Send(0);
            pong.Receive();
            ulong start = CpuClock.Ticks;
            for (int i = 0; i < Rounds; i++)
            {
                ping.Send(i);
                pong.Receive();
            }
            return (CpuClock.Ticks - start) / Rounds;
        }

        private static ulong RoundTripPrograms()
        {
            var ping = new Chan<int>();
            var pong = new Chan<int>();
            ChildProcess server = Process.Start("pingpong", new[] { "pong-server" }, ping, pong);
            ulong ticks = TimeRoundTrips(ping, pong);
            ping.Close();
            server.Wait();
            return ticks;
        }

        private static ulong BufferedSend()
        {
            var channel = new Chan<long>(128);
            ulong total = 0;
            for (int run = 0; run < 10; run++)
            {
                ulong start = CpuClock.Ticks;
                for (int i = 0; i < 128; i++) channel.Send(i);
                total += CpuClock.Ticks - start;
                for (int i = 0; i < 128; i++) channel.Receive();
            }
            return total / (10 * 128);
        }

        // One ready channel among count: the cost of a select that finds it and receives.
        private static ulong SelectOver(int count)
        {
            var channels = new Chan<int>[count];
            for (int i = 0; i < count; i++) channels[i] = new Chan<int>(1);
            var select = new Select();
            for (int i = 0; i < count; i++) select.Receive(channels[i]);
            ulong total = 0;
            for (int round = 0; round < Rounds / 4; round++)
            {
                channels[round % count].TrySend(round);
                ulong start = CpuClock.Ticks;
                select.Wait();
                total += CpuClock.Ticks - start;
            }
            for (int i = 0; i < count; i++) channels[i].Dispose();
            return total / (Rounds / 4);
        }

        private static ulong SendHandle()
        {
            var carrier = new ChanOfChan<int>(1);
            var payload = new Chan<int>();
            ulong total = 0;
            for (int round = 0; round < Rounds / 4; round++)
            {
                ulong start = CpuClock.Ticks;
                carrier.Send(payload);
                total += CpuClock.Ticks - start;
                carrier.Receive().Dispose();
            }
            return total / (Rounds / 4);
        }
    }
}
