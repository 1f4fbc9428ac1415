using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Boot;
using GoOS.Kernel.Diagnostics;
using GoOS.Kernel.Memory;
using GoOS.Kernel.Processes;
using GoOS.Kernel.Programs;
using GoOS.Kernel.Scheduling;
using GoOS.Kernel.SystemCalls;
using Internal.Runtime;

namespace GoOS.Kernel
{
    /// <summary>Kernel start-up: brings up the log, physical memory and the heap, the runtime's
    /// hooks, the CPU tables, the kernel's address space, the clock and timer and the scheduler,
    /// in that order, then hands over to the image's payload (the system, or a test suite).</summary>
    public static unsafe class Kernel
    {
        public const string Version = "0.1";

        private static string s_commandLine;
        private static MultibootInfo s_bootInformation;

        /// <summary>The command line GRUB passed after the kernel path.</summary>
        public static string CommandLine => s_commandLine;

        /// <summary>What GRUB handed over (memory map, modules, ELF sections); stays mapped.</summary>
        internal static MultibootInfo BootInformation => s_bootInformation;

        /// <summary>Called once by the image's entry with what GRUB handed to _start. Returns with
        /// the kernel ready to run C# of any kind; stops the machine if the boot is unusable.</summary>
        public static void Boot(uint magic, ulong multibootInfoPhysical)
        {
            Log.Initialize();
            RuntimeServices.Install(&WriteDiagnostic, &Panic.Stop);
            if (magic != MultibootInfo.BootloaderMagic) Panic.Stop("not started by a multiboot2 loader");

            var info = new MultibootInfo(multibootInfoPhysical);
            s_bootInformation = info;
            KernelSymbols.Initialize(info);
            PhysicalMemory.Initialize(info);
            KernelHeap.Initialize();
            ModuleInitializer.InitializeAll();
            VgaText.StartTerminal();
            Gdt.Initialize();
            SystemCallDispatcher.Initialize();
            InterruptTable.Initialize();
            KernelAddressSpace.Initialize();
            LogMemory();
            Scheduler.Initialize();
            ProgramCatalog.Initialize(info);
            ProcessTable.Initialize();
            Devices.DeviceGrants.Initialize();
            Ipc.KernelChannels.Initialize();
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

        // One line about memory, written without allocating.
        private static void LogMemory()
        {
            Log.Write("memory: ");
            Log.WriteDecimal(PhysicalMemory.TotalPages);
            Log.Write(" pages, ");
            Log.WriteDecimal(PhysicalMemory.FreePages);
            Log.Write(" free, heap ");
            Log.WriteDecimal(KernelHeap.Size >> 20);
            Log.Write(" MiB; address space built in ");
            Log.WriteDecimal(KernelAddressSpace.BuildTicks);
            Log.Write(" TSC ticks\n");
        }

        private static void WriteDiagnostic(char* text, int length) => Log.Write(text, length);
    }
}
