using System;
using System.Threading;
using GoOS;

namespace GoOS.TestPrograms.Probe
{
    /// <summary>A program the boot tests drive through its arguments (the first names the
    /// mode); its exit code says whether what it checked held.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 0) return 0;
            switch (args[0])
            {
                case "exit": return int.Parse(args[1]);
                case "args":
                    Console.WriteLine("probe args: " + string.Join(",", args));
                    return args.Length;
                case "throw": throw new InvalidOperationException("probe threw on purpose");
                case "null": return ReadThrough(null);
                case "catch-faults": return Faults.CatchAll();
                case "wild-jump": return Faults.JumpToNowhere();
                case "stack-overflow": return Faults.Recurse(1);
                case "spin": while (true) { }
                case "garbage": return Garbage.Run(int.Parse(args[1]));
                case "heap-pages": return HeapPages.Run();
                case "port": return Ports.In8(0x60);   // granted nothing: ends here
                case "goroutines": return Goroutines.Run(int.Parse(args[1]));
                case "spawn": return Children.SpawnAndWait(int.Parse(args[1]));
                case "kill-child": return Children.KillSpinner();
                case "list": return Children.ListFindsItself();
                case "bench-spawn": return Benchmarks.SpawnExit(int.Parse(args[1]));
                case "bench-gc": return Benchmarks.GcPause(int.Parse(args[1]));
                case "transfer-keep": return Transfer.Keep(int.Parse(args[1]), int.Parse(args[2]));
                case "transfer-give": return Transfer.Give(int.Parse(args[1]), int.Parse(args[2]));
                case "transfer-refusals": return Transfer.Refusals();
                case "transfer-graph": return Transfer.Graph(int.Parse(args[1]));
                case "transfer-abandon": return Transfer.Abandon();
                case "transfer-blocked-send": return Transfer.BlockedSend();
                case "transfer-stress": return Transfer.Stress(int.Parse(args[1]), int.Parse(args[2]));
                case "transfer-spray": return Transfer.Spray(int.Parse(args[1]), int.Parse(args[2]));
                case "transfer-echo": return Transfer.Echo();
                case "bench-transfer": return Transfer.Benchmark();
                default:
                    Console.WriteLine("probe: unknown mode " + args[0]);
                    return 100;
            }
        }

        private sealed class Box { public int Value; }

        private static int ReadThrough(Box box) => box.Value;
    }
}
