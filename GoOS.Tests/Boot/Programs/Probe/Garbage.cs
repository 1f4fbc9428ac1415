using System;
using GoOS;

namespace GoOS.TestPrograms.Probe
{
    /// <summary>Keeps a live list of about liveKb KiB and allocates a hundred times that in
    /// garbage; the collector must reclaim it (the heap stays bounded) without touching the
    /// live list (its checksum holds). Exit 0 when both hold.</summary>
    internal static class Garbage
    {
        private sealed class Node
        {
            public Node Next;
            public byte[] Payload;
            public int Index;
        }

        public static int Run(int liveKb)
        {
            const int PayloadBytes = 1000;
            int nodes = liveKb * 1024 / (PayloadBytes + 64);
            Node head = null;
            for (int i = 0; i < nodes; i++)
            {
                var node = new Node { Next = head, Payload = new byte[PayloadBytes], Index = i };
                node.Payload[i % PayloadBytes] = (byte)i;
                head = node;
            }
            long expected = Checksum(head);
            ulong liveBytes = (ulong)nodes * (PayloadBytes + 64);
            ulong garbageTarget = liveBytes * 100;
            ulong allocated = 0;
            ulong peakHeap = 0;
            object keep = null;
            while (allocated < garbageTarget)
            {
                var garbage = new byte[(int)(allocated % 3000) + 16];
                garbage[0] = 1;
                keep = garbage;
                allocated += (ulong)garbage.Length + 24;
                if (GarbageCollector.HeapBytes > peakHeap) peakHeap = GarbageCollector.HeapBytes;
            }
            long actual = Checksum(head);
            Console.WriteLine("garbage: live " + liveBytes.ToString() + " B, allocated " + allocated.ToString() + " B, "
                + GarbageCollector.Collections.ToString() + " collections, peak heap " + peakHeap.ToString() + " B");
            if (keep == null || actual != expected) return 1;
            if (GarbageCollector.Collections < 10) return 2;
            if (peakHeap > liveBytes * 4 + (4UL << 20)) return 3;
            return 0;
        }

        private static long Checksum(Node head)
        {
            long sum = 0;
            for (Node node = head; node != null; node = node.Next)
                sum = sum * 31 + node.Index + node.Payload[node.Index % node.Payload.Length];
            return sum;
        }
    }
}
