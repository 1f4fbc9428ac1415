using System.Runtime.InteropServices;
using GoOS.Abi;
using Internal.Runtime;
using Internal.Runtime.Exceptions;

namespace GoOS.Runtime
{
    /// <summary>CPU exceptions of a program's threads, handed over by the kernel
    /// (SetFaultHandler): those .NET turns into exceptions (null dereference, divide by zero,
    /// overflow) are raised where they happened and can be caught; any other ends the process
    /// with the fault and the method it happened in.</summary>
    internal static unsafe class ProgramFaults
    {
        public static void Initialize()
        {
            delegate* unmanaged<FaultFrame*, void> handler = &OnFault;
            KernelCall.Call(SystemCall.SetFaultHandler, (ulong)handler);
        }

        // Entered by the kernel on the faulting thread's stack (FaultFrame); never returns.
        [UnmanagedCallersOnly]
        private static void OnFault(FaultFrame* fault)
        {
            HardwareFaults.RaiseIfManaged(fault->Vector, fault->Address, fault->Rip, fault->Registers);
            char* text = stackalloc char[FaultText.Capacity];
            int length = FaultText.Format(fault->Vector, fault->Rip, fault->Address, fault->ErrorCode, false, text);
            ConsoleOutput.Write("Unhandled fault: ");
            ConsoleOutput.Write(text, length);
            WriteMethod(fault->Rip);
            ConsoleOutput.Write("\n");
            ProgramRuntime.ExitProcess(-1, ExitReason.Faulted);
        }

        // " in Method+0x12" when rip is in the program's managed code.
        private static void WriteMethod(ulong rip)
        {
            byte* name = RuntimeSymbols.MethodNameUtf8At(rip, out ulong offset);
            if (name == null) return;
            ConsoleOutput.Write(" in ");
            char* chars = stackalloc char[1];
            while (*name != 0)
            {
                chars[0] = (char)*name++;
                ConsoleOutput.Write(chars, 1);
            }
            ConsoleOutput.Write("+0x" + offset.ToString("x"));
        }
    }
}
