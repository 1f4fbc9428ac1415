namespace GoOS.Kernel.SystemCalls
{
    /// <summary>What SyscallEntry.asm saves on the kernel stack on a system call, lowest address
    /// first (must agree with the push order there).</summary>
    internal struct SystemCallFrame
    {
        public ulong Number;
        public ulong Argument0, Argument1, Argument2, Argument3, Argument4, Argument5;
        public ulong UserRflags, UserRip, UserRsp;
    }
}
