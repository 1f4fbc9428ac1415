using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Boot;
using GoOS.Kernel.Diagnostics;
using GoOS.Kernel.Memory;
using GoOS.Kernel.Scheduling;
using Internal.Runtime;

namespace GoOS.Kernel
{
    /// <summary>Kernel start-up: brings up the log, the heap, the runtime's hooks, the CPU
    /// tables and the clock and timer, in that order, then hands over to the image's payload (the system, or a test suite).</summary>
    public static unsafe class Kernel
    {
        public const string Version = "0.1";

        private static string s_commandLine;

        /// <summary>The command line GRUB passed after the kernel path.</summary>
        public static string CommandLine => s_commandLine;

        /// <summary>Called once by the image's entry with what GRUB handed to _start. Returns with
        /// the kernel ready to run C# of any kind; stops the machine if the boot is unusable.</summary>
        public static void Boot(uint magic, ulong multibootInfoPhysical)
        {
            Log.Initialize();
            RuntimeServices.Install(&WriteDiagnostic, &Panic.Stop);
            if (magic != MultibootInfo.BootloaderMagic) Panic.Stop("not started by a multiboot2 loader");

            var info = new MultibootInfo(multibootInfoPhysical);
            KernelSymbols.Initialize(info);
            BootHeap.Initialize(info);
            ModuleInitializer.InitializeAll();
            Gdt.Initialize();
            InterruptTable.Initialize();
            Scheduler.Initialize();
            s_commandLine = info.CommandLine;
            StartTime();
        }

        // Interrupt controllers, clock and tick; interrupts stay off (DESIGN §5) until a caller
        // (the idle thread, a user thread, a kernel sleep) turns them on.
        private static void StartTime()
        {
            Pic.RemapAndMask();
            LocalApic.Initialize();
            TimeCalibration.Measure();
            Clock.Initialize();
            SystemTimer.Start(SystemTimer.DefaultHz);
        }

        /// <summary>Ends a test run: QEMU exits with status (code &lt;&lt; 1) | 1 through isa-debug-exit;
        /// elsewhere the machine halts. Never returns.</summary>
        public static void ExitEmulator(byte code)
        {
            QemuExit.Exit(code);
            Cpu.HaltForever();
        }

        /// <summary>The CPU's time-stamp counter (under QEMU -icount, a count of instructions).</summary>
        public static ulong ReadTimestamp() => Cpu.ReadTimeStampCounter();

        /// <summary>Writes to the kernel log (COM1 and the screen).</summary>
        public static void Write(string text) => Log.Write(text);

        private static void WriteDiagnostic(char* text, int length) => Log.Write(text, length);
    }
}
