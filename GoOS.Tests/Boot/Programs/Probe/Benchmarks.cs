using System;
using GoOS;

namespace GoOS.TestPrograms.Probe
{
    /// <summary>Figures for the benchmark command, printed as "BENCH name ticks" (CPU ticks;
    /// guest ticks under QEMU -icount).</summary>
    internal static class Benchmarks
    {
        /// <summary>Spawn-to-exit of a minimal program ("minimal": loaded, its runtime
        /// and heap brought up, Main run, every page returned), waited for by this one: the
        /// median of rounds runs, after one warm-up.</summary>
        public static int SpawnExit(int rounds)
        {
            Process.Start("minimal").Wait();
            var samples = new ulong[rounds];
            for (int i = 0; i < rounds; i++)
            {
                ulong start = CpuClock.Ticks;
                ExitStatus status = Process.Start("minimal").Wait();
                samples[i] = CpuClock.Ticks - start;
                if (!status.Success) return 1;
            }
            Array.Sort(samples);
            Console.WriteLine("BENCH spawn-exit " + samples[rounds / 2].ToString());
            return 0;
        }

        private sealed class Node
        {
            public Node Next;
            public object Payload;
        }

        /// <summary>The pause of a full collection with megabytes of live objects (a linked
        /// list of nodes holding small arrays).</summary>
        public static int GcPause(int megabytes)
        {
            ulong target = (ulong)megabytes << 20;
            Node head = null;
            ulong live = 0;
            while (live < target)
            {
                head = new Node { Next = head, Payload = new long[12] };
                live += 32 + 24 + 12 * 8;
            }
            GarbageCollector.Collect();
            GarbageCollector.Collect();
            ulong pause = GarbageCollector.LastPauseTicks;
            Console.WriteLine("BENCH gc-pause-" + megabytes.ToString() + "mb " + pause.ToString());
            GC.KeepAlive(head);
            return GarbageCollector.LiveBytes >= target ? 0 : 1;
        }
    }
}
