using GoOS.Kernel.Arch.X64;

namespace GoOS.Kernel.Diagnostics
{
    /// <summary>Stops the kernel for good: prints "PANIC: reason", ends QEMU with a failure
    /// status when the isa-debug-exit device is present, and otherwise halts.</summary>
    internal static class Panic
    {
        /// <summary>QEMU's exit status after a panic: (PanicExitValue &lt;&lt; 1) | 1 = 3.</summary>
        public const byte PanicExitValue = 1;

        public static void Stop(string reason)
        {
            Devices.ScreenClaim.TakeBack();   // the panic shows on the screen, whoever had it
            Log.Write("\nPANIC: ");
            Log.WriteLine(reason);
            Halt();
        }

        /// <summary>Stops without a message (the caller printed it). Never returns.</summary>
        public static void Halt()
        {
            QemuExit.Exit(PanicExitValue);
            Cpu.HaltForever();
        }
    }
}
