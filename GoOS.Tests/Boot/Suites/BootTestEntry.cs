using System.Runtime.InteropServices;
using GoOS.Kernel;

namespace GoOS.BootSuites
{
    internal sealed class UnhandledProbeException : System.Exception
    {
        public UnhandledProbeException(string message) : base(message) { }
    }

    /// <summary>The test image's entry (Boot.asm calls goos_kernel_main): boots the real kernel,
    /// runs every suite, prints the verdict line and ends QEMU with the verdict.</summary>
    internal static class BootTestEntry
    {
        public const byte ExitPassed = 0x10;   // QEMU status 33
        public const byte ExitFailed = 0x11;   // QEMU status 35

        [UnmanagedCallersOnly(EntryPoint = "goos_kernel_main")]
        private static void Main(uint magic, ulong multibootInfo)
        {
            Kernel.Kernel.Boot(magic, multibootInfo);
            if (Kernel.Kernel.CommandLine == "test unhandled-exception") ThrowUnhandledProbe();
            RunAll();
        }

        // For UnhandledExceptionTests: an exception no handler catches must stop the kernel
        // with its type, message and stack.
        private static void ThrowUnhandledProbe() => throw new UnhandledProbeException("nobody catches this");

        private static void RunAll()
        {
            int failed = 0;
            failed += ExceptionSuite.Run();
            failed += LanguageSuite.Run();
            failed += CoreLibrarySuite.Run();
            failed += CpuSuite.Run();
            Kernel.Kernel.Write(failed == 0 ? "ALL-DONE passed\n" : "ALL-DONE failed\n");
            Kernel.Kernel.ExitEmulator(failed == 0 ? ExitPassed : ExitFailed);
        }
    }
}
