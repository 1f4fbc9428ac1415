namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The registers InterruptStubs.asm (exceptions) and IrqStubs.asm (vectors 32-255)
    /// save on entry. The field order must agree with the push order in both (lowest address
    /// first); IrqStubs.asm also reads Vector at offset 15 * 8 (FRAME_VECTOR_OFFSET).</summary>
    internal struct InterruptFrame
    {
        public ulong R15, R14, R13, R12, R11, R10, R9, R8, Rbp, Rdi, Rsi, Rdx, Rcx, Rbx, Rax;
        public ulong Vector, ErrorCode;
        public ulong Rip, Cs, Rflags, Rsp, Ss;

        /// <summary>General-purpose register by its x86 encoding number (0 = rax ... 15 = r15).</summary>
        public ulong Register(int number)
        {
            switch (number)
            {
                case 0: return Rax; case 1: return Rcx; case 2: return Rdx; case 3: return Rbx;
                case 4: return Rsp; case 5: return Rbp; case 6: return Rsi; case 7: return Rdi;
                case 8: return R8; case 9: return R9; case 10: return R10; case 11: return R11;
                case 12: return R12; case 13: return R13; case 14: return R14; default: return R15;
            }
        }
    }
}
