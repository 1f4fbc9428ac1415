using System;
using GoOS;

namespace GoOS.Apps.Init
{
    /// <summary>The first program the kernel starts. It starts every program of its
    /// configuration (or of its arguments: "NAME ARGS;NAME ARGS"), waits for them all and
    /// reports how each ended.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string[] lines = args.Length > 0 ? string.Join(" ", args).Split(';') : Configuration.Programs;
            var children = new ChildProcess[lines.Length];
            for (int i = 0; i < lines.Length; i++)
            {
                string[] words = lines[i].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0) continue;
                var arguments = new string[words.Length - 1];
                for (int w = 1; w < words.Length; w++) arguments[w - 1] = words[w];
                try
                {
                    children[i] = Process.Start(words[0], arguments);
                }
                catch (GoOSException e)
                {
                    Console.WriteLine("init: " + e.Message);
                }
            }
            int failures = 0;
            for (int i = 0; i < children.Length; i++)
            {
                if (children[i] == null) continue;
                ExitStatus status = children[i].Wait();
                if (!status.Success) failures++;
                Console.WriteLine("init: " + children[i].Name + " ended (" + status.ToString() + ")");
            }
            return failures;
        }
    }
}
