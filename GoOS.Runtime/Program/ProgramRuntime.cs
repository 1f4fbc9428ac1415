using GoOS.Abi;
using Internal.Runtime;

namespace GoOS.Runtime
{
    /// <summary>The runtime of a program (not the kernel): diagnostics go to the kernel log,
    /// a fatal error ends the process, and the heap grows with pages from the kernel.</summary>
    internal static unsafe class ProgramRuntime
    {
        /// <summary>The heap grows by at least this much at a time.</summary>
        private const ulong HeapGrowth = 256 * 1024;

        /// <summary>Called once, first thing in the program (StartupCodeHelpers), before any
        /// static field is touched.</summary>
        public static void Initialize()
        {
            RuntimeServices.Install(&WriteDiagnostic, &Stop, &Unhandled);
            ProgramThreads.Initialize();
            Allocator.SetRefill(&GrowHeap);
            Allocator.SetLock(&EnterAllocator, &ExitAllocator);
            ModuleInitializer.InitializeAll();
        }

        private static SpinLock s_allocatorLock;

        private static void EnterAllocator() => s_allocatorLock.Enter();

        private static void ExitAllocator() => s_allocatorLock.Exit();

        private static void WriteDiagnostic(char* text, int length) => ConsoleOutput.Write(text, length);

        // A fatal runtime error: the reason goes to the log, the process ends as a failure.
        private static void Stop(string reason)
        {
            ConsoleOutput.Write("fatal: ");
            ConsoleOutput.Write(reason);
            ConsoleOutput.Write("\n");
            ExitProcess(-1, ExitReason.RuntimeFailure);
        }

        // An exception nobody caught (already printed by the runtime): the process fails.
        private static void Unhandled() => ExitProcess(-1, ExitReason.UnhandledException);

        /// <summary>Ends every thread of the process. Never returns.</summary>
        public static void ExitProcess(long code, ExitReason reason)
        {
            KernelCall.Call(SystemCall.ExitProcess, (ulong)code, (ulong)reason);
            while (true) { }
        }

        // Gives the allocator a fresh region of at least 'bytes'; false when the kernel has no memory.
        private static bool GrowHeap(ulong bytes)
        {
            ulong size = bytes > HeapGrowth ? (bytes + 4095) & ~4095UL : HeapGrowth;
            long address = KernelCall.Call(SystemCall.MapHeap, size);
            if (address <= 0) return false;
            Allocator.AddRegion((void*)address, size);
            return true;
        }
    }
}
