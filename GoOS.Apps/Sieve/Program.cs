using System;

namespace GoOS.Apps.Sieve
{
    /// <summary>"sieve [COUNT]" prints the first COUNT primes (default 100), found by a chain of
    /// filter programs ("sieve filter PRIME", started by the sieve itself). Exit 0 when the
    /// primes are right (checked by trial division).</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 2 && args[0] == "filter") return Sieve.Filter(int.Parse(args[1]));
            int count = args.Length > 0 && int.TryParse(args[0], out int asked) && asked > 0 ? asked : 100;
            return Sieve.Run(count);
        }
    }
}
