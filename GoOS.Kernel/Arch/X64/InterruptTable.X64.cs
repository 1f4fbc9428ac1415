using System.Runtime;
using System.Runtime.CompilerServices;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The IDT: the 32 CPU exception vectors go to InterruptStubs.asm (double fault, NMI
    /// and machine check on IST stacks of their own), vectors 32-255 to IrqStubs.asm, which calls
    /// the handler registered with InterruptVectors and returns. Interrupt gates, so handlers run
    /// with interrupts off.</summary>
    internal static unsafe class InterruptTable
    {
        private const int VectorCount = 256;
        private const int ExceptionVectorCount = 32;
        private const byte InterruptGatePresent = 0x8E;
        private const int DoubleFault = 8, NonMaskableInterrupt = 2, MachineCheck = 18;

        // 16 bytes per gate; lives in the kernel image so it needs no allocator. Written at boot.
        private static InterruptGates s_gates;

        [InlineArray(VectorCount * 2)]
        private struct InterruptGates { public ulong _element; }

        [RuntimeImport("goos_load_idt"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void LoadIdt(void* table, ushort limit);

        [RuntimeImport("goos_set_cpu_exception_handler"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SetCpuExceptionHandler(delegate*<InterruptFrame*, void> handler);

        [RuntimeImport("goos_exception_stub_table"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong* ExceptionStubTable();

        [RuntimeImport("goos_irq_stub_table"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong* IrqStubTable();

        /// <summary>Fills and loads the IDT. Called once by Kernel.Boot, after Gdt.Initialize (the
        /// IST slots must be set) and with interrupts off.</summary>
        public static void Initialize()
        {
            SetCpuExceptionHandler(&CpuExceptions.Handle);
            InterruptVectors.Initialize();
            ulong* exceptionStubs = ExceptionStubTable();
            ulong* irqStubs = IrqStubTable();
            fixed (ulong* gates = &s_gates._element)
            {
                for (int vector = 0; vector < ExceptionVectorCount; vector++) SetGate(gates, vector, exceptionStubs[vector], InterruptStack(vector));
                for (int vector = ExceptionVectorCount; vector < VectorCount; vector++) SetGate(gates, vector, irqStubs[vector - ExceptionVectorCount], 0);
                LoadIdt(gates, VectorCount * 16 - 1);
            }
        }

        /// <summary>The IST slot (1-7) vector's gate names, or 0 for the current stack; for the boot tests.</summary>
        public static byte GateInterruptStack(int vector)
        {
            fixed (ulong* gates = &s_gates._element) return (byte)((gates[vector * 2] >> 32) & 7);
        }

        private static byte InterruptStack(int vector) => vector switch
        {
            DoubleFault => TaskStateSegment.DoubleFaultIst,
            NonMaskableInterrupt => TaskStateSegment.NonMaskableInterruptIst,
            MachineCheck => TaskStateSegment.MachineCheckIst,
            _ => 0,
        };

        private static void SetGate(ulong* gates, int vector, ulong handler, byte ist)
        {
            ulong low = (handler & 0xFFFF) | ((ulong)Gdt.KernelCodeSelector << 16) | ((ulong)ist << 32) | ((ulong)InterruptGatePresent << 40) | ((handler >> 16) & 0xFFFF) << 48;
            gates[vector * 2] = low;
            gates[vector * 2 + 1] = handler >> 32;
        }
    }
}
