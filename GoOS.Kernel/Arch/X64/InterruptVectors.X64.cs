using System.Runtime;
using System.Runtime.CompilerServices;
using GoOS.Kernel.Diagnostics;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>Who handles vectors 32-255 (IrqStubs.asm calls the registered handler with the
    /// interrupted registers, then returns to the interrupted code). The vector plan:
    ///   0x20-0x2F  the legacy 8259 PIC, remapped and masked (Pic.X64.cs); PIT ticks on 0x20 when there is no LAPIC
    ///   0x30-0xEF  device interrupts (forwarded to drivers)
    ///   0xF0       the LAPIC timer
    ///   0xFF       LAPIC spurious interrupts
    /// Handlers run with interrupts off, must not allocate or throw, and send their own EOI.</summary>
    internal static unsafe class InterruptVectors
    {
        public const byte FirstDeviceVector = 0x30, LastDeviceVector = 0xEF;
        public const byte TimerVector = 0xF0;
        public const byte SpuriousVector = 0xFF;
        private const int FirstVector = 32, VectorCount = 256;

        // interrupt_handlers in IrqStubs.asm: written with interrupts off, read by the stubs.
        private static ulong* s_handlers;

        // Counted by Spurious with interrupts off.
        private static ulong s_spuriousCount;

        [RuntimeImport("goos_interrupt_handler_table"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong* HandlerTable();

        /// <summary>Interrupts that arrived without a cause (LAPIC spurious vector, PIC IRQ 7 and 15).</summary>
        public static ulong SpuriousCount => s_spuriousCount;

        /// <summary>Points every vector at the "no handler" stop, then the spurious vectors at a
        /// counter. Called once by InterruptTable.Initialize, before the IDT is loaded.</summary>
        public static void Initialize()
        {
            s_handlers = HandlerTable();
            for (int vector = FirstVector; vector < VectorCount; vector++) s_handlers[vector] = (ulong)(delegate*<InterruptFrame*, void>)&Unexpected;
            Register(SpuriousVector, &Spurious);
            Register(Pic.MasterSpuriousVector, &Spurious);
            Register(Pic.SlaveSpuriousVector, &Spurious);
        }

        /// <summary>Makes handler the one IrqStubs.asm calls for vector. Returns false, changing
        /// nothing, for a CPU exception vector or one that already has a handler. Call with
        /// interrupts off.</summary>
        public static bool Register(byte vector, delegate*<InterruptFrame*, void> handler)
        {
            if (vector < FirstVector || handler == null || !IsFree(vector)) return false;
            s_handlers[vector] = (ulong)handler;
            return true;
        }

        /// <summary>Gives vector back to the "no handler" stop. Returns false if it had no handler.</summary>
        public static bool Unregister(byte vector)
        {
            if (vector < FirstVector || IsFree(vector)) return false;
            s_handlers[vector] = (ulong)(delegate*<InterruptFrame*, void>)&Unexpected;
            return true;
        }

        public static bool IsFree(byte vector) => vector >= FirstVector && s_handlers[vector] == (ulong)(delegate*<InterruptFrame*, void>)&Unexpected;

        private static void Spurious(InterruptFrame* frame) => s_spuriousCount++;

        // An interrupt nobody asked for is a kernel bug (a device or the LAPIC set up wrong): stop.
        private static void Unexpected(InterruptFrame* frame)
        {
            Log.Write("\ninterrupt vector ");
            Log.WriteHex(frame->Vector);
            Log.Write(" has no handler; interrupted RIP ");
            Log.WriteHex(frame->Rip);
            Panic.Stop("unexpected interrupt");
        }
    }
}
