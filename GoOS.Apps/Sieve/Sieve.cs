using System;
using System.Text;
using System.Threading;
using GoOS;

namespace GoOS.Apps.Sieve
{
    /// <summary>The concurrent prime sieve (Go's classic), every filter a program of its own:
    /// a generator goroutine sends 2, 3, 4, ...; each prime that comes out of the chain starts a
    /// new filter program between the last one and the reader. At the end the reader lets go of
    /// the chain's end and the generator stops: closes and lost peers travel along the chain
    /// and every filter ends by itself.</summary>
    internal static class Sieve
    {
        private static int s_stop;

        public static int Run(int count)
        {
            var source = new Chan<int>();
            Go.Run(() =>
            {
                try
                {
                    for (int i = 2; Interlocked.CompareExchange(ref s_stop, 0, 0) == 0; i++) source.Send(i);
                    source.Close();
                }
                catch (InvalidOperationException)
                {
                    // the chain is gone already
                }
            });
            Chan<int> input = source;
            var primes = new int[count];
            var filters = new ChildProcess[count];
            for (int n = 0; n < count; n++)
            {
                int prime = input.Receive();
                primes[n] = prime;
                var output = new Chan<int>();
                Chan<int> filterIn = input.ReceiveOnly(), filterOut = output.SendOnly();
                filters[n] = Process.Start("sieve", new[] { "filter", prime.ToString() }, filterIn, filterOut);
                filterIn.Dispose();
                filterOut.Dispose();
                if (input != source) input.Dispose();
                input = output;
            }
            var line = new StringBuilder("primes:");
            for (int n = 0; n < count; n++) line.Append(' ').Append(primes[n]);
            System.Console.WriteLine(line.ToString());
            Interlocked.Exchange(ref s_stop, 1);
            input.Dispose();
            for (int n = 0; n < count; n++)
                if (!filters[n].Wait().Success) return 2;
            return IsRight(primes) ? 0 : 1;
        }

        /// <summary>Passes on what comes in on handle 0 and is not a multiple of prime, to handle 1,
        /// until the input is closed or nobody receives the output any more.</summary>
        public static int Filter(int prime)
        {
            Chan<int> input = Chan<int>.FromHandle(0);
            Chan<int> output = Chan<int>.FromHandle(1);
            try
            {
                foreach (int value in input)
                    if (value % prime != 0) output.Send(value);
                output.Close();
            }
            catch (InvalidOperationException)
            {
                // the rest of the chain is gone
            }
            return 0;
        }

        // Checked by trial division, independently of the sieve.
        private static bool IsRight(int[] primes)
        {
            int candidate = 1;
            for (int n = 0; n < primes.Length; n++)
            {
                do candidate++; while (!IsPrime(candidate));
                if (primes[n] != candidate) return false;
            }
            return true;
        }

        private static bool IsPrime(int value)
        {
            for (int d = 2; d * d <= value; d++) if (value % d == 0) return false;
            return value >= 2;
        }
    }
}
