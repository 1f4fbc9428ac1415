using GoOS.Abi;
using GoOS.Kernel.Scheduling;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The text of a user thread's fault (FaultText in the ABI), to the log without
    /// allocating or as a string.</summary>
    internal static unsafe class FaultDescription
    {
        private const int Capacity = FaultText.Capacity;

        public static string Name(ulong vector) => FaultText.Name(vector);

        /// <summary>Writes the description to the kernel log (no allocation).</summary>
        public static void Log(in FaultInfo fault)
        {
            char* text = stackalloc char[Capacity];
            int length = Format(fault, text);
            Diagnostics.Log.Write(text, length);
        }

        /// <summary>The description as a string (allocates; for whoever asks after the fact).</summary>
        public static string ToText(in FaultInfo fault)
        {
            char* text = stackalloc char[Capacity];
            int length = Format(fault, text);
            return new string(text, 0, length);
        }

        private static int Format(in FaultInfo fault, char* text) =>
            FaultText.Format(fault.Vector, fault.InstructionPointer, fault.Address, fault.ErrorCode, fault.StackOverflow, text, fault.PortIo ? fault.Port : -1);
    }
}
