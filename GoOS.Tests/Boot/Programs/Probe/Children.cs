using GoOS;
using GoOS.Abi;

namespace GoOS.TestPrograms.Probe
{
    /// <summary>Programs starting programs through the runtime's Process API.</summary>
    internal static class Children
    {
        /// <summary>Spawns count children ("probe exit i") one after another; 0 when each
        /// returned its own code.</summary>
        public static int SpawnAndWait(int count)
        {
            for (int i = 0; i < count; i++)
            {
                ExitStatus status = Process.Start("probe", "exit", i.ToString()).Wait();
                if (status.Reason != ExitReason.Normal || status.Code != i) return 1;
            }
            try
            {
                Process.Start("no-such-program");
                return 2;
            }
            catch (GoOSException e) when (e.Status == Status.NotFound)
            {
            }
            return 0;
        }

        /// <summary>Starts a spinning child, kills it; 0 when Wait reports it killed.</summary>
        public static int KillSpinner()
        {
            ChildProcess spinner = Process.Start("probe", "spin");
            if (!spinner.Kill()) return 1;
            ExitStatus status = spinner.Wait();
            return status.Reason == ExitReason.Killed ? 0 : 2;
        }

        /// <summary>0 when the process list holds this program, with its id and threads.</summary>
        public static int ListFindsItself()
        {
            long self = Process.Id;
            foreach (ProcessStatus status in Process.List())
                if (status.Id == self && status.Name == "probe" && status.State == ProcessRunState.Running && status.Threads == 1 && status.Pages > 0) return 0;
            return 1;
        }
    }
}
