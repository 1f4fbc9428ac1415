namespace Internal.Runtime.Exceptions
{
    /// <summary>The registers a stack walk tracks: where a frame is executing, its stack pointer,
    /// and the System V callee-saved registers. The layout is shared with Exceptions.asm
    /// (offsets 0, 8, ... 56): change both together.</summary>
    public struct RegisterContext
    {
        public ulong Rip;
        public ulong Rsp;
        public ulong Rbp;
        public ulong Rbx;
        public ulong R12;
        public ulong R13;
        public ulong R14;
        public ulong R15;

        /// <summary>The value of a callee-saved register or rsp/rbp by DWARF number; false for others.</summary>
        public bool TryGet(int dwarfRegister, out ulong value)
        {
            switch (dwarfRegister)
            {
                case DwarfRegister.Rbx: value = Rbx; return true;
                case DwarfRegister.Rbp: value = Rbp; return true;
                case DwarfRegister.Rsp: value = Rsp; return true;
                case DwarfRegister.R12: value = R12; return true;
                case DwarfRegister.R13: value = R13; return true;
                case DwarfRegister.R14: value = R14; return true;
                case DwarfRegister.R15: value = R15; return true;
                default: value = 0; return false;
            }
        }

        public void Set(int dwarfRegister, ulong value)
        {
            switch (dwarfRegister)
            {
                case DwarfRegister.Rbx: Rbx = value; break;
                case DwarfRegister.Rbp: Rbp = value; break;
                case DwarfRegister.R12: R12 = value; break;
                case DwarfRegister.R13: R13 = value; break;
                case DwarfRegister.R14: R14 = value; break;
                case DwarfRegister.R15: R15 = value; break;
            }
        }
    }

    /// <summary>DWARF register numbers of x86-64 (System V psABI).</summary>
    public static class DwarfRegister
    {
        public const int Rbx = 3, Rbp = 6, Rsp = 7, R12 = 12, R13 = 13, R14 = 14, R15 = 15, ReturnAddress = 16;
        public const int Count = 17;
    }
}
