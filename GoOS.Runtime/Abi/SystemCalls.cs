namespace GoOS.Abi
{
    /// <summary>The GoOS system-call ABI, shared by the kernel and the runtime of every program.
    /// A program enters the kernel with the `syscall` instruction: rax = the call's number,
    /// arguments in rdi, rsi, rdx, r10, r8, r9 (in that order); the kernel returns in rax a
    /// Status (negative) or the call's result (zero or positive). rcx and r11 are clobbered;
    /// every other register is preserved. Every pointer and length is checked: a range that is
    /// not entirely user memory the program may access fails with BadAddress and the kernel
    /// touches nothing.</summary>
    public enum SystemCall : ulong
    {
        /// <summary>Does nothing and returns Ok: the cost of entering and leaving the kernel.</summary>
        Null = 0,

        /// <summary>DebugWrite(byte* text, ulong length): writes ASCII text to the kernel log.
        /// Returns the number of bytes written, or BadAddress / BadLength (nothing written).</summary>
        DebugWrite = 1,

        /// <summary>Exit(long code): ends the calling thread; never returns.</summary>
        Exit = 2,

        /// <summary>Yield(): lets other threads of the same or higher priority run; returns Ok.</summary>
        Yield = 3,
    }

    /// <summary>Results of system calls; negative values are failures.</summary>
    public enum Status : long
    {
        Ok = 0,
        /// <summary>rax named no system call.</summary>
        InvalidSystemCall = -1,
        /// <summary>A pointer argument does not designate user memory the caller may access.</summary>
        BadAddress = -2,
        /// <summary>A length argument is larger than the call accepts.</summary>
        BadLength = -3,
    }
}
