namespace GoOS.Kernel.Arch.X64
{
    /// <summary>QEMU's isa-debug-exit device (iobase 0xf4): writing v ends QEMU with status 2v+1.
    /// Without the device the write does nothing and the caller halts instead.</summary>
    internal static class QemuExit
    {
        private const ushort Port = 0xF4;

        public static void Exit(byte value) => Cpu.Out32(Port, value);
    }
}
