using System.Runtime;
using System.Runtime.CompilerServices;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The IDT: the 32 CPU exception vectors go to InterruptStubs.asm. Interrupt gates,
    /// so handlers run with interrupts off.</summary>
    internal static unsafe class InterruptTable
    {
        private const int VectorCount = 256;
        private const ushort KernelCodeSelector = 0x08;
        private const byte InterruptGatePresent = 0x8E;

        // 16 bytes per gate; lives in the kernel image so it needs no allocator.
        private static InterruptGates s_gates;

        [InlineArray(VectorCount * 2)]
        private struct InterruptGates { public ulong _element; }

        [RuntimeImport("goos_load_idt"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void LoadIdt(void* table, ushort limit);

        [RuntimeImport("goos_set_cpu_exception_handler"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SetCpuExceptionHandler(delegate*<InterruptFrame*, void> handler);

        [RuntimeImport("goos_exception_stub_table"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong* ExceptionStubTable();

        public static void Initialize()
        {
            SetCpuExceptionHandler(&CpuExceptions.Handle);
            ulong* stubs = ExceptionStubTable();
            fixed (ulong* gates = &s_gates._element)
            {
                for (int vector = 0; vector < 32; vector++) SetGate(gates, vector, stubs[vector]);
                LoadIdt(gates, VectorCount * 16 - 1);
            }
        }

        private static void SetGate(ulong* gates, int vector, ulong handler)
        {
            ulong low = (handler & 0xFFFF) | ((ulong)KernelCodeSelector << 16) | ((ulong)InterruptGatePresent << 40) | ((handler >> 16) & 0xFFFF) << 48;
            gates[vector * 2] = low;
            gates[vector * 2 + 1] = handler >> 32;
        }
    }
}
