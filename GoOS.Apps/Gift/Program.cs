using System;
using GoOS;
using GoOS.Abi;

namespace GoOS.Apps.Gift
{
    /// <summary>"gift [MEGABYTES]": a child program ("gift give MEGABYTES") fills an array of that
    /// many megabytes (default 4) and sends it over a ChanOfObject, then ends. This program
    /// receives it, shows that its pages are now its own (foreign pages, dirty since their first
    /// holder is gone), checks every element, drops it and collects, and shows the pages return.
    /// No byte of the array is copied: its pages change owner. Exit 0 when the array was intact.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            int megabytes = args.Length > 1 && args[0] == "give" ? int.Parse(args[1])
                : args.Length > 0 && int.TryParse(args[0], out int asked) && asked > 0 ? asked : 4;
            if (args.Length > 1 && args[0] == "give") return Give(megabytes);
            return Receive(megabytes);
        }

        private static int Give(int megabytes)
        {
            ChanOfObject<int[]> gifts = ChanOfObject<int[]>.FromHandle(0);
            var values = new int[megabytes * 256 * 1024];
            for (int i = 0; i < values.Length; i++) values[i] = i * 7;
            gifts.Send(values);
            return 0;
        }

        private static int Receive(int megabytes)
        {
            var gifts = new ChanOfObject<int[]>(1);
            ChildProcess giver = Process.Start("gift", new[] { "give", megabytes.ToString() }, gifts);
            ulong start = CpuClock.Ticks;
            int[] values = gifts.Receive();
            ulong ticks = CpuClock.Ticks - start;
            giver.Wait();
            MemoryInfo held = SystemMemory.Read();
            bool intact = values != null && values.Length == megabytes * 256 * 1024;
            for (int i = 0; intact && i < values.Length; i++) intact = values[i] == i * 7;
            Console.WriteLine("gift: " + megabytes.ToString() + " MB from a program that has ended, " + (intact ? "intact" : "DAMAGED")
                + "; received in " + ticks.ToString() + " ticks (the sender's filling included)");
            Console.WriteLine("gift: foreign pages " + held.ForeignPages.ToString() + ", dirty pages " + held.DirtyPages.ToString());
            values = null;
            GarbageCollector.Collect();
            MemoryInfo dropped = SystemMemory.Read();
            Console.WriteLine("gift: dropped and collected: foreign pages " + dropped.ForeignPages.ToString() + ", "
                + (dropped.FreePages - held.FreePages).ToString() + " pages free again");
            return intact ? 0 : 1;
        }
    }
}
