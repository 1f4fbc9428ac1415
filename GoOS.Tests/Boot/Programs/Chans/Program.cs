using System;

namespace GoOS.TestPrograms.Chans
{
    /// <summary>Channel scenarios the boot tests run (the first argument names one); the exit
    /// code says whether what it checked held (0 = yes).</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 0) return 100;
            switch (args[0])
            {
                case "fan": return FanOutIn.Run(int.Parse(args[1]), int.Parse(args[2]));
                case "worker": return FanOutIn.Work();
                case "publisher": return Subscription.Publish(int.Parse(args[1]));
                case "subscriber": return Subscription.Subscribe();
                case "registry": return RegistryLifecycle.Run();
                case "publish-and-exit": return RegistryLifecycle.PublishAndExit(args[1]);
                case "publish-taken": return RegistryLifecycle.PublishTaken(args[1]);
                case "deadlock": return Local.Deadlock();
                case "peer-death": return PeerDeath.Run();
                case "send-once-and-die": return PeerDeath.SendOnceAndDie();
                case "count-until-closed": return PeerDeath.CountUntilClosed();
                case "local": return Local.Run();
                case "woken-while-waker-computes": return Local.WokenWhileWakerComputes();
                case "churn": return Local.Churn(int.Parse(args[1]));
                case "bench": return Benchmarks.Run();
                case "letters-give": return Letters.Give(int.Parse(args[1]));
                default:
                    Console.WriteLine("chans: unknown scenario " + args[0]);
                    return 100;
            }
        }
    }
}
