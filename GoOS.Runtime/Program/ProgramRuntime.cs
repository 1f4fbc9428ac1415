using GoOS.Abi;
using Internal.Runtime;

namespace GoOS.Runtime
{
    /// <summary>The runtime of a program (not the kernel): diagnostics go to the kernel log,
    /// a fatal error ends the process, objects live on a garbage-collected heap (ProgramHeap).</summary>
    internal static unsafe class ProgramRuntime
    {
        /// <summary>Called once, first thing in the program (StartupCodeHelpers), before any
        /// static field is touched.</summary>
        public static void Initialize()
        {
            RuntimeServices.Install(&WriteDiagnostic, &Stop, &Unhandled);
            ProgramThreads.Initialize();
            ProgramFaults.Initialize();
            ProgramHeap.Initialize();
            ModuleInitializer.InitializeAll();
            ProgramThreads.InitializeWaits();
        }

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
    }
}
