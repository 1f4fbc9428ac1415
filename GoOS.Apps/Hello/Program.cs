using System;

namespace GoOS.Apps.Hello
{
    /// <summary>The smallest useful program: greets and echoes its arguments.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            Console.WriteLine("hello from a GoOS program");
            for (int i = 0; i < args.Length; i++) Console.WriteLine("argument " + i + ": " + args[i]);
            return 0;
        }
    }
}
