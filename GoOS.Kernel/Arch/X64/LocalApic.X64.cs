using System.Runtime.CompilerServices;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>This CPU's local APIC (Intel SDM vol. 3, chapter 11), through its registers in
    /// the direct map: enabled with the spurious vector, its timer counting down from the bus
    /// clock divided by 16, end-of-interrupt, and interrupts to itself.</summary>
    internal static unsafe class LocalApic
    {
        private const uint IA32_APIC_BASE = 0x1B;
        private const ulong APIC_BASE_ENABLE = 1UL << 11;
        private const ulong APIC_BASE_ADDRESS_MASK = 0x000FFFFFFFFFF000;
        private const uint CPUID_1_EDX_APIC = 1u << 9;

        private const int TASK_PRIORITY = 0x80, EOI = 0xB0, SPURIOUS = 0xF0, ICR_LOW = 0x300, ICR_HIGH = 0x310;
        private const int LVT_TIMER = 0x320, TIMER_INITIAL_COUNT = 0x380, TIMER_CURRENT_COUNT = 0x390, TIMER_DIVIDE = 0x3E0;
        private const uint SPURIOUS_SOFTWARE_ENABLE = 1u << 8;
        private const uint LVT_MASKED = 1u << 16, LVT_TIMER_PERIODIC = 1u << 17;
        private const uint TIMER_DIVIDE_BY_16 = 0x3;
        private const uint ICR_DESTINATION_SELF = 1u << 18, ICR_DELIVERY_PENDING = 1u << 12;

        // The register page in the direct map; set once at boot, null when there is no usable LAPIC.
        private static byte* s_registers;

        public static bool IsEnabled => s_registers != null;

        /// <summary>Finds and enables the LAPIC: global enable in IA32_APIC_BASE, software enable
        /// with SpuriousVector, all priorities accepted, timer masked. Leaves IsEnabled false
        /// (nothing changed) if the CPU has none or its registers lie outside the direct map.
        /// Called once at boot with interrupts off.</summary>
        public static void Initialize()
        {
            uint* registers = stackalloc uint[4];
            Cpu.Cpuid(1, 0, registers);
            if ((registers[3] & CPUID_1_EDX_APIC) == 0) return;
            ulong apicBase = Cpu.ReadMsr(IA32_APIC_BASE);
            ulong physical = apicBase & APIC_BASE_ADDRESS_MASK;
            if (physical + 4096 > Memory.KernelAddressSpace.DirectMapSize) return;
            Cpu.WriteMsr(IA32_APIC_BASE, apicBase | APIC_BASE_ENABLE);
            s_registers = (byte*)KernelLayout.PhysicalToVirtual(physical);
            Write(TASK_PRIORITY, 0);
            Write(LVT_TIMER, LVT_MASKED | InterruptVectors.TimerVector);
            Write(SPURIOUS, SPURIOUS_SOFTWARE_ENABLE | InterruptVectors.SpuriousVector);
        }

        /// <summary>Starts the timer counting down once from initialCount, masked (no interrupt):
        /// for calibration against the PIT.</summary>
        public static void StartFreeCount(uint initialCount)
        {
            Write(TIMER_DIVIDE, TIMER_DIVIDE_BY_16);
            Write(LVT_TIMER, LVT_MASKED | InterruptVectors.TimerVector);
            Write(TIMER_INITIAL_COUNT, initialCount);
        }

        public static uint TimerCount => Read(TIMER_CURRENT_COUNT);

        /// <summary>Raises TimerVector every period timer ticks (bus clock / 16) until changed.</summary>
        public static void StartPeriodic(uint period)
        {
            Write(TIMER_DIVIDE, TIMER_DIVIDE_BY_16);
            Write(LVT_TIMER, LVT_TIMER_PERIODIC | InterruptVectors.TimerVector);
            Write(TIMER_INITIAL_COUNT, period);
        }

        /// <summary>Signals the end of the interrupt being handled. Called by handlers of vectors
        /// the LAPIC delivered (not spurious ones), interrupts off.</summary>
        public static void EndOfInterrupt() => Write(EOI, 0);

        /// <summary>Raises vector on this CPU (a fixed self-IPI); it is taken once interrupts are on.</summary>
        public static void SendSelfInterrupt(byte vector)
        {
            Write(ICR_HIGH, 0);
            Write(ICR_LOW, ICR_DESTINATION_SELF | vector);
            while ((Read(ICR_LOW) & ICR_DELIVERY_PENDING) != 0) { }
        }

        // Not inlined, so that every register access happens, in order, exactly once.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static uint Read(int register) => *(uint*)(s_registers + register);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void Write(int register, uint value) => *(uint*)(s_registers + register) = value;
    }
}
