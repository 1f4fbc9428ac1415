namespace GoOS.Abi
{
    /// <summary>The text of a CPU exception, e.g. "page fault at RIP 0x400000, address 0x0 (read
    /// of an unmapped page)", written into a caller's buffer so that fault paths (the kernel's,
    /// a program's) can print it without allocating.</summary>
    public static unsafe class FaultText
    {
        public const int Capacity = 160;
        public const ulong PageFault = 14;

        private static readonly string[] s_names =
        {
            "divide error", "debug", "non-maskable interrupt", "breakpoint", "overflow", "bound range exceeded",
            "invalid opcode", "device not available", "double fault", "coprocessor segment overrun", "invalid TSS",
            "segment not present", "stack-segment fault", "general protection fault", "page fault", "reserved",
            "x87 floating-point error", "alignment check", "machine check", "SIMD floating-point error",
            "virtualization exception", "control protection exception",
        };

        public static string Name(ulong vector) => vector < (ulong)s_names.Length ? s_names[(int)vector] : "reserved exception";

        /// <summary>Writes the description to text (Capacity characters) and returns its length;
        /// port ≥ 0 names the port of a refused port I/O instruction.</summary>
        public static int Format(ulong vector, ulong rip, ulong address, ulong errorCode, bool stackOverflow, char* text, int port = -1)
        {
            int at = 0;
            Append(text, ref at, Name(vector));
            Append(text, ref at, " at RIP ");
            AppendHex(text, ref at, rip);
            if (vector == PageFault)
            {
                Append(text, ref at, ", address ");
                AppendHex(text, ref at, address);
                Append(text, ref at, (errorCode & 0x10) != 0 ? " (instruction fetch" : (errorCode & 2) != 0 ? " (write" : " (read");
                Append(text, ref at, (errorCode & 1) != 0 ? " of a protected page)" : " of an unmapped page)");
                if (stackOverflow) Append(text, ref at, ": stack overflow");
            }
            else if (port >= 0)
            {
                Append(text, ref at, ": port I/O without a grant (port ");
                AppendHex(text, ref at, (ulong)port);
                Append(text, ref at, ")");
            }
            else if (errorCode != 0)
            {
                Append(text, ref at, ", error code ");
                AppendHex(text, ref at, errorCode);
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
