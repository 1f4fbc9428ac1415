using GoOS;

namespace GoOS.TestPrograms.Chans
{
    /// <summary>Fan-out and fan-in across programs: workers take jobs from one channel and put
    /// squares on another; every job is done exactly once.</summary>
    internal static class FanOutIn
    {
        public static int Run(int workers, int jobs)
        {
            var work = new Chan<long>(16);
            var results = new Chan<long>(16);
            var children = new ChildProcess[workers];
            for (int i = 0; i < workers; i++) children[i] = Process.Start("chans", new[] { "worker" }, work, results);
            long expected = 0, sum = 0;
            int sent = 0, received = 0;
            var select = new Select();
            while (received < jobs)
            {
                select.Clear();
                int send = sent < jobs ? select.Send(work, (long)sent) : -2;
                int receive = select.Receive(results);
                int chosen = select.Wait();
                if (chosen == send)
                {
                    expected += (long)sent * sent;
                    sent++;
                    if (sent == jobs) work.Close();
                }
                else if (chosen == receive)
                {
                    sum += select.Value<long>(receive);
                    received++;
                }
            }
            for (int i = 0; i < workers; i++) if (!children[i].Wait().Success) return 2;
            System.Console.WriteLine("fan: " + workers.ToString() + " workers, " + jobs.ToString() + " jobs, sum " + sum.ToString());
            return sum == expected ? 0 : 1;
        }

        public static int Work()
        {
            Chan<long> work = Chan<long>.FromHandle(0);
            Chan<long> results = Chan<long>.FromHandle(1);
            foreach (long job in work) results.Send(job * job);
            return 0;
        }
    }
}
