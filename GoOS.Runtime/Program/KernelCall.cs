using System.Runtime;
using System.Runtime.CompilerServices;
using GoOS.Abi;

namespace GoOS.Runtime
{
    /// <summary>The one door from a program into the kernel (ABI: GoOS.Runtime/Abi/SystemCalls.cs;
    /// stub: Arch/X64/Program/SystemCallStub.asm). Only programs link the stub: kernel code never
    /// reaches this class.</summary>
    internal static unsafe class KernelCall
    {
        [RuntimeImport("goos_system_call"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long Invoke(ulong number, ulong a0, ulong a1, ulong a2, ulong a3, ulong a4, ulong a5);

        [RuntimeImport("goos_system_call0"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long Invoke(ulong number);

        /// <summary>A call that takes no arguments (Yield, ThreadPark, GetTime, ...).</summary>
        public static long Call(SystemCall number) => Invoke((ulong)number);

        public static long Call(SystemCall number, ulong a0 = 0, ulong a1 = 0, ulong a2 = 0, ulong a3 = 0, ulong a4 = 0, ulong a5 = 0)
            => Invoke((ulong)number, a0, a1, a2, a3, a4, a5);
    }
}
