using System.Runtime;
using System.Runtime.CompilerServices;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>Privileged x86-64 instructions, implemented in Cpu.asm.</summary>
    internal static unsafe class Cpu
    {
        [RuntimeImport("goos_out8"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Out8(ushort port, byte value);

        [RuntimeImport("goos_out32"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Out32(ushort port, uint value);

        [RuntimeImport("goos_in8"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern byte In8(ushort port);

        /// <summary>Disables interrupts and halts; never returns.</summary>
        [RuntimeImport("goos_halt_forever"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void HaltForever();

        [RuntimeImport("goos_read_tsc"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern ulong ReadTimeStampCounter();

        [RuntimeImport("goos_read_cr2"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern ulong ReadCr2();

        [RuntimeImport("goos_read_msr"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern ulong ReadMsr(uint msr);

        [RuntimeImport("goos_write_msr"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void WriteMsr(uint msr, ulong value);

        /// <summary>Runs CPUID; registers receives eax, ebx, ecx, edx.</summary>
        [RuntimeImport("goos_cpuid"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Cpuid(uint leaf, uint subleaf, uint* registers);

        [RuntimeImport("goos_enable_interrupts"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void EnableInterrupts();

        [RuntimeImport("goos_disable_interrupts"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void DisableInterrupts();

        /// <summary>Enables interrupts, halts until one arrives and has been handled, and returns
        /// with interrupts disabled again.</summary>
        [RuntimeImport("goos_wait_for_interrupt"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void WaitForInterrupt();

        [RuntimeImport("goos_interrupts_enabled"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool InterruptsEnabled();

        [RuntimeImport("goos_load_task_register"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void LoadTaskRegister(ushort selector);

        [RuntimeImport("goos_store_task_register"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern ushort StoreTaskRegister();

        /// <summary>SGDT: writes the GDT's limit (2 bytes) then its base (8 bytes) to destination.</summary>
        [RuntimeImport("goos_store_gdt"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void StoreGdt(byte* destination);
    }
}
