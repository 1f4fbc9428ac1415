using System.Runtime.CompilerServices;

namespace System.Threading
{
    /// <summary>Atomic operations on shared variables, as in .NET. The compiler expands each
    /// [Intrinsic] method into one lock-prefixed instruction at the call site, so the bodies
    /// below (calls to themselves) are never run. Lock-prefixed, they stay atomic when the
    /// kernel preempts a thread between any two instructions, and on more CPUs.</summary>
    public static class Interlocked
    {
        [Intrinsic]
        public static int ExchangeAdd(ref int location, int value) => ExchangeAdd(ref location, value);

        [Intrinsic]
        public static long ExchangeAdd(ref long location, long value) => ExchangeAdd(ref location, value);

        [Intrinsic]
        public static int CompareExchange(ref int location, int value, int comparand) => CompareExchange(ref location, value, comparand);

        [Intrinsic]
        public static long CompareExchange(ref long location, long value, long comparand) => CompareExchange(ref location, value, comparand);

        [Intrinsic]
        public static int Exchange(ref int location, int value) => Exchange(ref location, value);

        [Intrinsic]
        public static long Exchange(ref long location, long value) => Exchange(ref location, value);

        public static int Add(ref int location, int value) => ExchangeAdd(ref location, value) + value;

        public static long Add(ref long location, long value) => ExchangeAdd(ref location, value) + value;

        public static int Increment(ref int location) => Add(ref location, 1);

        public static long Increment(ref long location) => Add(ref location, 1);

        public static int Decrement(ref int location) => Add(ref location, -1);

        public static long Decrement(ref long location) => Add(ref location, -1);
    }
}
