using System.Runtime;
using System.Runtime.CompilerServices;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The ring-3 test programs of UserProbes.asm, in the order of its table.</summary>
    public enum UserProbe
    {
        Hello, Spin, NullRead, KernelWrite, WildJump, DivideByZero, StackOverflow,
        BadPointer, UnmappedPointer, BadLength, BadNumber, NullSystemCalls, YieldLoop,
    }

    internal static unsafe class UserProbes
    {
        [RuntimeImport("goos_user_probes_table"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong* Table();

        /// <summary>The machine code of a probe (position-independent).</summary>
        public static byte* Code(UserProbe probe, out int length)
        {
            ulong* entry = Table() + 2 * (int)probe;
            length = (int)(entry[1] - entry[0]);
            return (byte*)entry[0];
        }
    }
}
