using GoOS.Kernel.Scheduling;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The text of a user thread's fault, e.g. "page fault at RIP 0x400000, address 0x0
    /// (read of an unmapped page)". Written into a caller's buffer so the fault path can log it
    /// without allocating.</summary>
    internal static unsafe class FaultDescription
    {
        private const int Capacity = 160;
        private const ulong PageFault = 14;

        private static readonly string[] s_names =
        {
            "divide error", "debug", "non-maskable interrupt", "breakpoint", "overflow", "bound range exceeded",
            "invalid opcode", "device not available", "double fault", "coprocessor segment overrun", "invalid TSS",
            "segment not present", "stack-segment fault", "general protection fault", "page fault", "reserved",
            "x87 floating-point error", "alignment check", "machine check", "SIMD floating-point error",
            "virtualization exception", "control protection exception",
        };

        public static string Name(ulong vector) => vector < (ulong)s_names.Length ? s_names[(int)vector] : "reserved exception";

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

        private static int Format(in FaultInfo fault, char* text)
        {
            int at = 0;
            Append(text, ref at, Name(fault.Vector));
            Append(text, ref at, " at RIP ");
            AppendHex(text, ref at, fault.InstructionPointer);
            if (fault.Vector == PageFault)
            {
                Append(text, ref at, ", address ");
                AppendHex(text, ref at, fault.Address);
                Append(text, ref at, (fault.ErrorCode & 0x10) != 0 ? " (instruction fetch" : (fault.ErrorCode & 2) != 0 ? " (write" : " (read");
                Append(text, ref at, (fault.ErrorCode & 1) != 0 ? " of a protected page)" : " of an unmapped page)");
                if (fault.StackOverflow) Append(text, ref at, ": stack overflow");
            }
            else if (fault.ErrorCode != 0)
            {
                Append(text, ref at, ", error code ");
                AppendHex(text, ref at, fault.ErrorCode);
            }
            return at;
        }

        private static void Append(char* text, ref int at, string part)
        {
            for (int i = 0; i < part.Length && at < Capacity; i++) text[at++] = part[i];
        }

        private static void AppendHex(char* text, ref int at, ulong value)
        {
            Append(text, ref at, "0x");
            int shift = 60;
            while (shift > 0 && (value >> shift) == 0) shift -= 4;
            for (; shift >= 0 && at < Capacity; shift -= 4) text[at++] = "0123456789abcdef"[(int)((value >> shift) & 15)];
        }
    }
}
