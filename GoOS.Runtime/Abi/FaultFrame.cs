namespace GoOS.Abi
{
    /// <summary>What the kernel writes on a thread's stack when it hands a CPU exception of the
    /// thread to its program (SystemCall.SetFaultHandler): the handler starts with rdi pointing
    /// here and a zero return address above it; it must not return (it raises a managed
    /// exception, or ends the process).</summary>
    public unsafe struct FaultFrame
    {
        public const int RegisterCount = 16;
        public ulong Vector;
        public ulong ErrorCode;
        /// <summary>The faulting address (CR2) for page faults; 0 otherwise.</summary>
        public ulong Address;
        public ulong Rip;
        public ulong Rflags;
        /// <summary>General registers by their x86 encoding: rax, rcx, rdx, rbx, rsp, rbp, rsi,
        /// rdi, r8 ... r15 (Registers[4] is the stack pointer at the fault).</summary>
        public fixed ulong Registers[RegisterCount];
    }
}
