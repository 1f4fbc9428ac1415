using System;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Internal.Runtime.Exceptions
{
    /// <summary>Which managed exception a CPU exception in managed code becomes, as .NET does it:
    /// a page fault in the low, never-mapped region is a null dereference
    /// (NullReferenceException, also inside a write barrier, raised at its caller); a divide
    /// error is DivideByZeroException, or OverflowException for MinValue / -1. Shared by the
    /// kernel (its own faults) and a program's runtime (the faults the kernel hands it).</summary>
    public static unsafe class HardwareFaults
    {
        public const ulong DivideError = 0, PageFault = 14;

        /// <summary>Faults below this address are null dereferences (an object's fields are near its start).</summary>
        public const ulong NullRegionEnd = 64 * 1024;

        private const int RspEncoding = 4;

        [RuntimeImport("goos_write_barrier_bounds"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void WriteBarrierBounds(ulong* bounds);

        /// <summary>Whether rip lies in the runtime's write-barrier stubs (WriteBarriers.asm).</summary>
        public static bool IsInWriteBarrier(ulong rip)
        {
            ulong* bounds = stackalloc ulong[2];
            WriteBarrierBounds(bounds);
            return rip >= bounds[0] && rip < bounds[1];
        }

        /// <summary>Raises the managed exception for a fault (vector, faulting address for page
        /// faults, rip, registers by x86 encoding) if it is one .NET turns into an exception;
        /// then it does not return. Returns when the fault is not such a one.</summary>
        public static void RaiseIfManaged(ulong vector, ulong address, ulong rip, ulong* registers)
        {
            ulong rsp = registers[RspEncoding];
            bool managed = ExceptionDispatcher.IsManagedCode(rip);
            bool nullAccess = vector == PageFault && address < NullRegionEnd;
            if (managed && nullAccess) Raise(new NullReferenceException(), rip, rsp, registers, atReturnAddress: false);
            if (nullAccess && IsInWriteBarrier(rip)) Raise(new NullReferenceException(), *(ulong*)rsp, rsp + 8, registers, atReturnAddress: true);
            if (managed && vector == DivideError)
                Raise(DivisionFault.IsOverflow(rip, registers) ? new OverflowException() : new DivideByZeroException(), rip, rsp, registers, atReturnAddress: false);
        }

        // Raises the exception in the managed frame at (rip, rsp); the callee-saved registers are
        // the interrupted ones (write barriers do not touch them).
        private static void Raise(Exception exception, ulong rip, ulong rsp, ulong* registers, bool atReturnAddress)
        {
            RegisterContext context = default;
            context.Rip = rip;
            context.Rsp = rsp;
            context.Rbx = registers[3];
            context.Rbp = registers[5];
            context.R12 = registers[12];
            context.R13 = registers[13];
            context.R14 = registers[14];
            context.R15 = registers[15];
            ExceptionDispatcher.RaiseHardwareException(exception, &context, atReturnAddress);
        }
    }
}
