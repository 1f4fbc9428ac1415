using System;

namespace GoOS.TestPrograms.Probe
{
    /// <summary>A program the boot tests drive through its arguments: "exit N" returns N, "args
    /// A B ..." returns the argument count after checking them, "throw" dies of an unhandled
    /// exception, "null" of a page fault, "spin" never ends.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 0) return 0;
            switch (args[0])
            {
                case "exit":
                    return int.Parse(args[1]);
                case "args":
                    Console.WriteLine("probe args: " + string.Join(",", args));
                    return args.Length;
                case "throw":
                    throw new InvalidOperationException("probe threw on purpose");
                case "null":
                    return ReadThrough(null);
                case "spin":
                    while (true) { }
                default:
                    Console.WriteLine("probe: unknown mode " + args[0]);
                    return 100;
            }
        }

        private sealed class Box { public int Value; }

        private static int ReadThrough(Box box) => box.Value;
    }
}
