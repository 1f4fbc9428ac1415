using System;
using GoOS;
using GoOS.Abi;

namespace GoOS.Apps.Top
{
    /// <summary>"top [SECONDS]": every second for SECONDS seconds (default 10), clears the screen
    /// and shows the uptime, the memory figures and every process (threads, pages, heap pages
    /// held), busiest first by threads. Run it in the background ("run top 30 &amp;") to keep the
    /// shell, or stop it with "kill N".</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            int seconds = args.Length > 0 && int.TryParse(args[0], out int asked) && asked > 0 ? asked : 10;
            Chan<long> tick = Time.Tick(1000);
            for (int shown = 0; shown < seconds; shown++)
            {
                Show();
                if (shown + 1 < seconds) tick.Receive();
            }
            return 0;
        }

        private static void Show()
        {
            MemoryInfo memory = SystemMemory.Read();
            ProcessStatus[] processes = Process.List();
            Array.Sort(processes, (a, b) => b.Threads != a.Threads ? b.Threads - a.Threads : a.Id.CompareTo(b.Id));
            long milliseconds = Time.NowNanoseconds / 1_000_000;
            Console.Write("\u001b[2J\u001b[H");
            Console.WriteLine("top - up " + (milliseconds / 1000).ToString() + " s, " + processes.Length.ToString() + " processes, "
                + memory.FreePages.ToString() + " of " + memory.TotalPages.ToString() + " pages free, heap pages in use "
                + memory.HeapPagesInUse.ToString());
            Console.WriteLine("   ID PARENT THREADS  PAGES   HEAP NAME");
            foreach (ProcessStatus process in processes)
            {
                Console.WriteLine(process.Id.ToString().PadLeft(5) + " " + process.ParentId.ToString().PadLeft(6) + " " + process.Threads.ToString().PadLeft(7)
                    + " " + process.Pages.ToString().PadLeft(6) + " " + process.HeldPages.ToString().PadLeft(6) + " " + process.Name);
            }
        }
    }
}
