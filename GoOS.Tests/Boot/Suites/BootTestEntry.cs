using System.Runtime.CompilerServices;
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
            if (Kernel.Kernel.CommandLine == "test kernel-stack-overflow") OverflowKernelStack(64 << 20);
            if (Kernel.Kernel.CommandLine == "bench")
            {
                Benchmarks.RunAll();
                Kernel.Kernel.ExitEmulator(ExitPassed);
            }
            RunAll();
        }

        // For UnhandledExceptionTests: an exception no handler catches must stop the kernel
        // with its type, message and stack.
        private static void ThrowUnhandledProbe() => throw new UnhandledProbeException("nobody catches this");

        // For KernelStackOverflowTests: a frame larger than the boot stack. The stack probe walks RSP
        // down a page at a time, reading (no zeroing: SkipLocalsInit), through the kernel image
        // and low memory until RSP reaches the unmapped page below the kernel's map (virtual
        // KernelBase - 4 KiB). The page fault there cannot be pushed on that stack, so the CPU
        // raises a double fault, which runs on its IST stack and stops the kernel with a message.
        [SkipLocalsInit, MethodImpl(MethodImplOptions.NoInlining)]
        private static unsafe void OverflowKernelStack(int bytes)
        {
            byte* frame = stackalloc byte[bytes];
            frame[0] = 1;
            Kernel.Kernel.Write("the stack did not overflow: " + Check.Decimal(frame[0]) + "\n");
        }

        private static void RunAll()
        {
            int failed = 0;
            failed += ExceptionSuite.Run();
            failed += LanguageSuite.Run();
            failed += CoreLibrarySuite.Run();
            failed += MemorySuite.Run();
            failed += GcSuite.Run();
            failed += CpuSuite.Run();
            failed += ThreadSuite.Run();
            failed += UserModeSuite.Run();
            failed += ProcessSuite.Run();
            failed += ChannelSuite.Run();
            failed += DeviceSuite.Run();
            Kernel.Kernel.Write(failed == 0 ? "ALL-DONE passed\n" : "ALL-DONE failed\n");
            Kernel.Kernel.ExitEmulator(failed == 0 ? ExitPassed : ExitFailed);
        }
    }
}
