using System;
using System.Runtime.CompilerServices;

namespace GoOS.TestPrograms.Probe
{
    /// <summary>CPU exceptions in a program: the ones .NET turns into exceptions can be caught;
    /// the others end the program.</summary>
    internal static unsafe class Faults
    {
        private sealed class Box { public int Value; }

        /// <summary>0 when a null dereference, a division by zero and MinValue / -1 each raised
        /// the right exception and the program went on.</summary>
        public static int CatchAll()
        {
            int caught = 0;
            try { Read(null); }
            catch (NullReferenceException) { caught++; }
            try { Divide(1, Zero()); }
            catch (DivideByZeroException) { caught++; }
            try { Divide(int.MinValue, MinusOne()); }
            catch (OverflowException) { caught++; }
            try { Read(null); }
            catch (NullReferenceException) { caught++; }
            return caught == 4 ? 0 : 10 + caught;
        }

        /// <summary>Calls code at an address where there is none: not an exception .NET knows,
        /// so the program ends with a fault.</summary>
        public static int JumpToNowhere()
        {
            var target = (delegate*<int>)0x7000_0000_0000;
            return target();
        }

        /// <summary>Recurses until the stack runs out: the program ends (stack overflow).</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static int Recurse(int depth)
        {
            byte* frame = stackalloc byte[512];
            frame[0] = (byte)depth;
            return Recurse(depth + 1) + frame[0];
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int Read(Box box) => box.Value;

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int Divide(int a, int b) => a / b;

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int Zero() => 0;

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int MinusOne() => -1;
    }
}
