namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The legacy 8259 interrupt controllers. The kernel uses the LAPIC, so both PICs are
    /// remapped to vectors 0x20-0x2F (away from the CPU exceptions) and masked; only the PIT
    /// fallback timer unmasks IRQ 0.</summary>
    internal static class Pic
    {
        public const byte MasterVector = 0x20, SlaveVector = 0x28;
        public const byte MasterSpuriousVector = MasterVector + 7, SlaveSpuriousVector = SlaveVector + 7;

        private const ushort MASTER_COMMAND = 0x20, MASTER_DATA = 0x21, SLAVE_COMMAND = 0xA0, SLAVE_DATA = 0xA1;
        private const byte ICW1_INIT_WITH_ICW4 = 0x11, ICW4_8086 = 0x01, OCW2_EOI = 0x20;
        private const ushort POST_PORT = 0x80;

        /// <summary>Reprograms both PICs (ICW1-ICW4: vectors, cascade on IRQ 2, 8086 mode) and masks
        /// every line. Called once at boot with interrupts off.</summary>
        public static void RemapAndMask()
        {
            Write(MASTER_COMMAND, ICW1_INIT_WITH_ICW4);
            Write(SLAVE_COMMAND, ICW1_INIT_WITH_ICW4);
            Write(MASTER_DATA, MasterVector);
            Write(SLAVE_DATA, SlaveVector);
            Write(MASTER_DATA, 1 << 2);    // the slave is on IRQ 2
            Write(SLAVE_DATA, 2);          // its cascade identity
            Write(MASTER_DATA, ICW4_8086);
            Write(SLAVE_DATA, ICW4_8086);
            Write(MASTER_DATA, 0xFF);
            Write(SLAVE_DATA, 0xFF);
        }

        /// <summary>Unmasks one master line (0-7). Interrupts off.</summary>
        public static void UnmaskMaster(int irq) => Cpu.Out8(MASTER_DATA, (byte)(Cpu.In8(MASTER_DATA) & ~(1 << irq)));

        /// <summary>Ends a master-line interrupt. Called from its handler, interrupts off.</summary>
        public static void EndOfMasterInterrupt() => Cpu.Out8(MASTER_COMMAND, OCW2_EOI);

        /// <summary>Unmasks line irq (0-15; a slave line also opens the cascade). Interrupts off.</summary>
        public static void Unmask(int irq)
        {
            if (irq < 8)
            {
                UnmaskMaster(irq);
                return;
            }
            Cpu.Out8(SLAVE_DATA, (byte)(Cpu.In8(SLAVE_DATA) & ~(1 << (irq - 8))));
            UnmaskMaster(2);
        }

        /// <summary>Masks line irq (0-15). Interrupts off.</summary>
        public static void Mask(int irq)
        {
            if (irq < 8) Cpu.Out8(MASTER_DATA, (byte)(Cpu.In8(MASTER_DATA) | (1 << irq)));
            else Cpu.Out8(SLAVE_DATA, (byte)(Cpu.In8(SLAVE_DATA) | (1 << (irq - 8))));
        }

        /// <summary>Ends an interrupt of line irq (0-15): a slave line needs both controllers told.</summary>
        public static void EndOfInterrupt(int irq)
        {
            if (irq >= 8) Cpu.Out8(SLAVE_COMMAND, OCW2_EOI);
            Cpu.Out8(MASTER_COMMAND, OCW2_EOI);
        }

        // The old PICs need a moment between initialization words: a write to the POST port takes it.
        private static void Write(ushort port, byte value)
        {
            Cpu.Out8(port, value);
            Cpu.Out8(POST_PORT, 0);
        }
    }
}
