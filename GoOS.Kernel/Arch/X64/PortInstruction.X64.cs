using GoOS.Abi;
using GoOS.Kernel.UserMode;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>Recognises the port I/O instruction a ring-3 general protection fault stopped at
    /// (IN, OUT, INS, OUTS, with operand-size, address-size and REP prefixes), so the kernel can
    /// name the port in the message that ends the program. Interrupts off, in the faulting
    /// process's address space.</summary>
    internal static unsafe class PortInstruction
    {
        private const int MaximumPrefixes = 4;

        /// <summary>True, with the port it addressed, when the instruction at the fault's RIP is
        /// port I/O; false for anything else (or unreadable code).</summary>
        public static bool TryDecode(InterruptFrame* frame, out ushort port)
        {
            port = 0;
            ulong rip = frame->Rip;
            if (UserMemory.CheckRange(rip, MaximumPrefixes + 2, forWriting: false) != Status.Ok) return false;
            byte* code = (byte*)rip;
            int at = 0;
            while (at < MaximumPrefixes && (code[at] == 0x66 || code[at] == 0x67 || code[at] == 0xF2 || code[at] == 0xF3)) at++;
            byte opcode = code[at];
            if (opcode >= 0xE4 && opcode <= 0xE7)
            {
                port = code[at + 1];   // IN/OUT with an immediate port
                return true;
            }
            if ((opcode >= 0xEC && opcode <= 0xEF) || (opcode >= 0x6C && opcode <= 0x6F))
            {
                port = (ushort)frame->Rdx;   // IN/OUT/INS/OUTS through DX
                return true;
            }
            return false;
        }
    }
}
