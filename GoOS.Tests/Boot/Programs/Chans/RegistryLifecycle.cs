using GoOS;
using GoOS.Abi;

namespace GoOS.TestPrograms.Chans
{
    /// <summary>Publish, list, a taken name, unpublish, and a name dying with its publisher.</summary>
    internal static class RegistryLifecycle
    {
        public static int Run()
        {
            var mine = new Chan<int>(1);
            Registry.Publish("reg-test", mine);
            if (System.Array.IndexOf(Registry.List(), "reg-test") < 0) return 1;
            if (!Process.Start("chans", "publish-taken", "reg-test").Wait().Success) return 2;
            Chan<int> found = Chan<int>.Lookup("reg-test");
            if (found == null) return 3;
            found.Send(42);
            if (mine.Receive() != 42) return 4;
            if (!Registry.Unpublish("reg-test") || Chan<int>.Lookup("reg-test") != null) return 5;
            if (!Process.Start("chans", "publish-and-exit", "short-lived").Wait().Success) return 6;
            if (Chan<int>.Lookup("short-lived") != null) return 7;
            if (Chan<int>.Lookup("never-published", 20) != null) return 8;
            return 0;
        }

        public static int PublishAndExit(string name)
        {
            Registry.Publish(name, new Chan<int>());
            return Chan<int>.Lookup(name) != null ? 0 : 1;
        }

        /// <summary>0 when publishing a taken name fails with NameTaken and unpublishing someone
        /// else's name is refused.</summary>
        public static int PublishTaken(string name)
        {
            try
            {
                Registry.Publish(name, new Chan<int>());
                return 1;
            }
            catch (GoOSException e) when (e.Status == Status.NameTaken)
            {
            }
            try
            {
                Registry.Unpublish(name);
                return 2;
            }
            catch (GoOSException e) when (e.Status == Status.NotPublisher)
            {
                return 0;
            }
        }
    }
}
