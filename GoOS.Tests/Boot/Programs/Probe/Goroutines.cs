using System.Collections.Generic;
using System.Threading;
using GoOS;

namespace GoOS.TestPrograms.Probe
{
    /// <summary>Starts count goroutines that each build and check a list of their own, making
    /// garbage as they go (so collections stop and scan them while they run), then count
    /// themselves done; the main thread waits for all of them. Exit code: how many finished
    /// correctly, or -1 if no collection happened meanwhile.</summary>
    internal static class Goroutines
    {
        private static int s_finished;
        private static int s_correct;
        private static byte[] s_garbage;

        public static int Run(int count)
        {
            for (int i = 0; i < count; i++)
            {
                int seed = i;
                Go.Run(() => Work(seed));
            }
            while (Volatile(ref s_finished) < count) Go.Yield();
            System.Console.WriteLine("goroutines: " + s_correct.ToString() + " of " + count.ToString() + " correct, "
                + GarbageCollector.Collections.ToString() + " collections");
            return GarbageCollector.Collections > 0 ? s_correct : -1;
        }

        private static void Work(int seed)
        {
            var values = new List<string>();
            for (int i = 0; i < 200; i++)
            {
                values.Add((seed * 1000 + i).ToString());
                for (int g = 0; g < 20; g++) s_garbage = new byte[100 + g];
            }
            bool ok = true;
            for (int i = 0; i < values.Count; i++) ok &= values[i] == (seed * 1000 + i).ToString();
            if (ok) Interlocked.Increment(ref s_correct);
            Interlocked.Increment(ref s_finished);
        }

        private static int Volatile(ref int location) => Interlocked.CompareExchange(ref location, 0, 0);
    }
}
