namespace GoOS.Kernel.SystemCalls
{
    /// <summary>What SyscallEntry.asm saves on the kernel stack on a system call, lowest address
    /// first (must agree with the push order there). It fills the top of the thread's kernel
    /// stack; EntryMarker, the top word, is 0 (an interrupt frame has the user SS there).</summary>
    internal struct SystemCallFrame
    {
        public const int Words = 18;

        public ulong Number;
        public ulong Argument0, Argument1, Argument2, Argument3, Argument4, Argument5;
        public ulong R15, R14, R13, R12, Rbp, Rbx;
        public ulong UserRflags, UserRip, UserRsp;
        public ulong Padding, EntryMarker;
    }
}
