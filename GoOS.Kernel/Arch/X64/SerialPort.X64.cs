namespace GoOS.Kernel.Arch.X64
{
    /// <summary>A 16550 UART (COM1 at 0x3F8), polled: the kernel log and the test protocol.</summary>
    internal static class SerialPort
    {
        private const ushort Com1 = 0x3F8;
        private const ushort DATA = 0, INTERRUPT_ENABLE = 1, FIFO_CONTROL = 2, LINE_CONTROL = 3, MODEM_CONTROL = 4, LINE_STATUS = 5;
        private const byte LINE_STATUS_TRANSMIT_EMPTY = 0x20;

        /// <summary>115200 baud, 8N1, FIFOs on, interrupts off.</summary>
        public static void Initialize()
        {
            Cpu.Out8(Com1 + INTERRUPT_ENABLE, 0x00);
            Cpu.Out8(Com1 + LINE_CONTROL, 0x80);   // divisor latch
            Cpu.Out8(Com1 + DATA, 0x01);           // divisor 1 = 115200 baud
            Cpu.Out8(Com1 + INTERRUPT_ENABLE, 0x00);
            Cpu.Out8(Com1 + LINE_CONTROL, 0x03);   // 8 bits, no parity, one stop bit
            Cpu.Out8(Com1 + FIFO_CONTROL, 0xC7);
            Cpu.Out8(Com1 + MODEM_CONTROL, 0x03);
        }

        public static void Write(byte value)
        {
            while ((Cpu.In8(Com1 + LINE_STATUS) & LINE_STATUS_TRANSMIT_EMPTY) == 0) { }
            Cpu.Out8(Com1 + DATA, value);
        }
    }
}
