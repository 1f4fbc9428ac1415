namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The 8254 programmable interval timer, 1,193,182 Hz: channel 2 (gated through port
    /// 0x61, its output readable there) measures a fixed window for calibration; channel 0 ticks
    /// on IRQ 0 when there is no LAPIC timer.</summary>
    internal static class Pit
    {
        public const uint Hz = 1193182;

        private const ushort CHANNEL_0 = 0x40, CHANNEL_2 = 0x42, COMMAND = 0x43, SYSTEM_CONTROL = 0x61;
        private const byte COMMAND_CHANNEL_0_RATE_GENERATOR = 0x34;     // channel 0, low then high byte, mode 2
        private const byte COMMAND_CHANNEL_2_ONE_SHOT = 0xB0;           // channel 2, low then high byte, mode 0
        private const byte CONTROL_GATE_2 = 0x01, CONTROL_SPEAKER = 0x02, CONTROL_OUT_2 = 0x20;

        /// <summary>Starts channel 2 counting count ticks down from now (mode 0: its output rises
        /// at zero), with the speaker off. Interrupts off.</summary>
        public static void StartOneShot(ushort count)
        {
            Cpu.Out8(SYSTEM_CONTROL, (byte)((Cpu.In8(SYSTEM_CONTROL) & ~CONTROL_SPEAKER) | CONTROL_GATE_2));
            Cpu.Out8(COMMAND, COMMAND_CHANNEL_2_ONE_SHOT);
            Cpu.Out8(CHANNEL_2, (byte)count);
            Cpu.Out8(CHANNEL_2, (byte)(count >> 8));
        }

        /// <summary>Whether the count StartOneShot began has reached zero.</summary>
        public static bool OneShotDone => (Cpu.In8(SYSTEM_CONTROL) & CONTROL_OUT_2) != 0;

        /// <summary>Makes channel 0 raise IRQ 0 every divisor ticks (2-65535). Interrupts off.</summary>
        public static void StartPeriodic(ushort divisor)
        {
            Cpu.Out8(COMMAND, COMMAND_CHANNEL_0_RATE_GENERATOR);
            Cpu.Out8(CHANNEL_0, (byte)divisor);
            Cpu.Out8(CHANNEL_0, (byte)(divisor >> 8));
        }
    }
}
