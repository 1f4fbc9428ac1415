using System.Runtime;
using System.Runtime.CompilerServices;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The global descriptor table, laid out for syscall/sysret:
    ///   0x00 null, 0x08 kernel code, 0x10 kernel data, 0x18 user data (DPL 3), 0x20 user code
    ///   (DPL 3, 64-bit), 0x28 the TSS (16 bytes).
    /// SYSCALL loads CS = STAR[47:32] and SS = STAR[47:32] + 8; SYSRET to 64-bit mode loads
    /// SS = STAR[63:48] + 8 and CS = STAR[63:48] + 16, both with RPL 3 (Intel SDM vol. 2,
    /// SYSCALL/SYSRET). With STAR[63:48] = 0x10 that gives user data 0x18 and user code 0x20.</summary>
    internal static unsafe class Gdt
    {
        public const ushort KernelCodeSelector = 0x08;
        public const ushort KernelDataSelector = 0x10;
        public const ushort UserDataSelector = 0x18 | 3;
        public const ushort UserCodeSelector = 0x20 | 3;
        public const ushort TaskStateSelector = 0x28;

        /// <summary>What IA32_STAR (MSR 0xC0000081) holds for the selectors above; the system
        /// call work adds nothing to it (the entry point goes in LSTAR).</summary>
        public const ulong SyscallStar = ((ulong)(KernelDataSelector | 3) << 48) | ((ulong)KernelCodeSelector << 32);

        private const int EntryCount = 7;

        // Flags: granularity 4 KiB, L (64-bit code) or D/B (data), present, DPL, type.
        private const ulong KernelCode = 0x00AF9A000000FFFF;
        private const ulong KernelData = 0x00CF92000000FFFF;
        private const ulong UserData = 0x00CFF2000000FFFF;
        private const ulong UserCode = 0x00AFFA000000FFFF;
        private const ulong AvailableTss64 = 0x89;

        // Written once at boot, before the task register and segments are loaded.
        private static Entries s_entries;

        [InlineArray(EntryCount)]
        private struct Entries { public ulong _element; }

        [RuntimeImport("goos_load_gdt"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void Load(void* table, ushort limit, ushort codeSelector, ushort dataSelector);

        /// <summary>Replaces Boot.asm's GDT with this one, reloads CS, SS, DS and ES and loads the
        /// task register. Called once by Kernel.Boot with interrupts off.</summary>
        public static void Initialize()
        {
            ulong tss = TaskStateSegment.Initialize();
            fixed (ulong* entries = &s_entries._element)
            {
                entries[0] = 0;
                entries[KernelCodeSelector >> 3] = KernelCode;
                entries[KernelDataSelector >> 3] = KernelData;
                entries[UserDataSelector >> 3] = UserData;
                entries[UserCodeSelector >> 3] = UserCode;
                const ulong limit = TaskStateSegment.Size - 1;
                entries[TaskStateSelector >> 3] = limit | (tss & 0xFFFFFF) << 16 | AvailableTss64 << 40 | ((tss >> 24) & 0xFF) << 56;
                entries[(TaskStateSelector >> 3) + 1] = tss >> 32;
                Load(entries, EntryCount * 8 - 1, KernelCodeSelector, KernelDataSelector);
            }
            Cpu.LoadTaskRegister(TaskStateSelector);
        }
    }
}
