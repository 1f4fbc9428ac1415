using System.Runtime;
using System.Runtime.CompilerServices;

namespace System.Threading
{
    /// <summary>Atomic operations on shared variables (Arch/X64/Interlocked.asm), as in .NET.</summary>
    public static unsafe class Interlocked
    {
        [RuntimeImport("goos_interlocked_exchange_add32"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int ExchangeAdd32(int* location, int value);

        [RuntimeImport("goos_interlocked_exchange_add64"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long ExchangeAdd64(long* location, long value);

        [RuntimeImport("goos_interlocked_compare_exchange32"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int CompareExchange32(int* location, int value, int comparand);

        [RuntimeImport("goos_interlocked_compare_exchange64"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long CompareExchange64(long* location, long value, long comparand);

        [RuntimeImport("goos_interlocked_exchange32"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int Exchange32(int* location, int value);

        [RuntimeImport("goos_interlocked_exchange64"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long Exchange64(long* location, long value);

        public static int Add(ref int location, int value) => ExchangeAdd32((int*)Unsafe.AsPointer(ref location), value) + value;

        public static long Add(ref long location, long value) => ExchangeAdd64((long*)Unsafe.AsPointer(ref location), value) + value;

        public static int Increment(ref int location) => Add(ref location, 1);

        public static long Increment(ref long location) => Add(ref location, 1);

        public static int Decrement(ref int location) => Add(ref location, -1);

        public static long Decrement(ref long location) => Add(ref location, -1);

        public static int CompareExchange(ref int location, int value, int comparand)
            => CompareExchange32((int*)Unsafe.AsPointer(ref location), value, comparand);

        public static long CompareExchange(ref long location, long value, long comparand)
            => CompareExchange64((long*)Unsafe.AsPointer(ref location), value, comparand);

        public static int Exchange(ref int location, int value) => Exchange32((int*)Unsafe.AsPointer(ref location), value);

        public static long Exchange(ref long location, long value) => Exchange64((long*)Unsafe.AsPointer(ref location), value);
    }
}
