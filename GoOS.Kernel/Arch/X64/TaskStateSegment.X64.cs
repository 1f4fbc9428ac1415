using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The 64-bit TSS (Intel SDM vol. 3, 8.7): the stack the CPU switches to on an
    /// interrupt from ring 3 (RSP0) and the interrupt stack table. The double fault, NMI and
    /// machine check gates use IST stacks of their own (Gdt.asm), so they run even when the
    /// kernel stack is exhausted. Its I/O permission bitmap denies ring 3 every port except those
    /// IoPermissions opens for the driver that runs.</summary>
    internal static unsafe class TaskStateSegment
    {
        /// <summary>IST slot numbers the IDT gates name (1-based, as in the gate descriptor).</summary>
        public const byte DoubleFaultIst = 1, NonMaskableInterruptIst = 2, MachineCheckIst = 3;

        private const int IoMapOffset = 104, IoMapBytes = 65536 / 8;

        /// <summary>The segment with its I/O bitmap and the all-ones byte the CPU wants after it.</summary>
        public const int Size = IoMapOffset + IoMapBytes + 1;

        // Hardware layout, offsets from the manual.
        [StructLayout(LayoutKind.Explicit, Size = Size)]
        private struct Segment
        {
            [FieldOffset(4)] public ulong Rsp0;
            [FieldOffset(36)] public ulong Ist1;
            [FieldOffset(44)] public ulong Ist2;
            [FieldOffset(52)] public ulong Ist3;
            [FieldOffset(102)] public ushort IoMapBase;
            // Bit p set: ring 3 may not use port p.
            [FieldOffset(IoMapOffset)] public fixed byte IoMap[IoMapBytes + 1];
        }

        // Written at boot, then RSP0 by the scheduler with interrupts off; read by the CPU.
        private static Segment s_segment;

        // Index order must agree with Gdt.asm (ist_stack_tops).
        private enum IstStack { DoubleFault = 0, NonMaskableInterrupt = 1, MachineCheck = 2 }

        [RuntimeImport("goos_ist_stack_top"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong IstStackTop(IstStack index);

        /// <summary>Fills the segment (IST stacks, no I/O bitmap, RSP0 unset until a thread sets
        /// it) and returns its address for the descriptor. Called once by Gdt.Initialize, before
        /// the task register is loaded.</summary>
        public static ulong Initialize()
        {
            s_segment.Ist1 = IstStackTop(IstStack.DoubleFault);
            s_segment.Ist2 = IstStackTop(IstStack.NonMaskableInterrupt);
            s_segment.Ist3 = IstStackTop(IstStack.MachineCheck);
            s_segment.IoMapBase = IoMapOffset;
            fixed (Segment* segment = &s_segment)
            {
                for (int i = 0; i <= IoMapBytes; i++) segment->IoMap[i] = 0xFF;
                return (ulong)segment;
            }
        }

        /// <summary>Lets ring 3 use ports first..last (allow) or forbids them again. Interrupts off.</summary>
        public static void SetPortsAllowed(ushort first, ushort last, bool allow)
        {
            fixed (Segment* segment = &s_segment)
            {
                for (int port = first; port <= last; port++)
                {
                    byte bit = (byte)(1 << (port & 7));
                    if (allow) segment->IoMap[port >> 3] &= (byte)~bit;
                    else segment->IoMap[port >> 3] |= bit;
                }
            }
        }

        /// <summary>Sets the stack the CPU loads on an interrupt or exception from ring 3. The
        /// scheduler calls it with interrupts off when it switches to a thread that runs in
        /// user mode; top must be 16-byte aligned.</summary>
        public static void SetKernelStack(ulong top) => s_segment.Rsp0 = top;

        /// <summary>The IST stack a slot (1-3) points at, for the boot tests.</summary>
        public static ulong InterruptStackTop(byte ist) =>
            ist == DoubleFaultIst ? s_segment.Ist1 : ist == NonMaskableInterruptIst ? s_segment.Ist2 : ist == MachineCheckIst ? s_segment.Ist3 : 0;
    }
}
