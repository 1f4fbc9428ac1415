namespace GoOS.Abi
{
    /// <summary>The GoOS system-call ABI, shared by the kernel and the runtime of every program.
    /// A program enters the kernel with the `syscall` instruction: rax = the call's number,
    /// arguments in rdi, rsi, rdx, r10, r8, r9 (in that order); the kernel returns in rax a
    /// Status (negative) or the call's result (zero or positive). rcx and r11 are clobbered;
    /// every other register is preserved. Every pointer and length is checked: a range that is
    /// not entirely user memory the program may access fails with BadAddress and the kernel
    /// touches nothing.
    ///
    /// Process start: a program's main thread enters ring 3 at the ELF entry with rsp at the top
    /// of its stack, rdi = argc and rsi = argv, an array of argc pointers to NUL-terminated ASCII
    /// strings (argv[0] is the program's name) stored at the top of that stack.</summary>
    public enum SystemCall : ulong
    {
        /// <summary>Does nothing and returns Ok: the cost of entering and leaving the kernel.</summary>
        Null = 0,

        /// <summary>DebugWrite(byte* text, ulong length): writes ASCII text to the kernel log.
        /// Returns the number of bytes written, or BadAddress / BadLength (nothing written).</summary>
        DebugWrite = 1,

        /// <summary>Exit(long code): ends the calling thread; never returns. When it was the last
        /// thread of its process, the process ends with this code (ExitReason.Normal).</summary>
        Exit = 2,

        /// <summary>Yield(): lets other threads of the same or higher priority run; returns Ok.</summary>
        Yield = 3,

        /// <summary>ExitProcess(long code, ExitReason reason): ends every thread of the calling
        /// process; its waiter sees code and reason. Never returns.</summary>
        ExitProcess = 4,

        /// <summary>Spawn(byte* name, ulong nameLength, byte* arguments, ulong argumentsLength):
        /// starts the program called name (ASCII) in a new process; arguments are ASCII strings,
        /// each followed by a NUL byte (at most MaximumArgumentBytes in all). Returns a handle to
        /// the child (zero or positive; it lives until Wait) or NotFound, BadImage, OutOfMemory,
        /// NoHandles, BadAddress, BadLength. On failure nothing of the child remains.</summary>
        Spawn = 5,

        /// <summary>Wait(long handle, ProcessExitInfo* info): blocks until the child ended, writes
        /// how, and closes the handle. Returns Ok, BadHandle or BadAddress (then the handle stays).</summary>
        Wait = 6,

        /// <summary>Kill(long handle): ends the child (ExitReason.Killed). Returns Ok, BadHandle,
        /// or AlreadyEnded; the handle stays open for Wait.</summary>
        Kill = 7,

        /// <summary>ListProcesses(ProcessInfo* buffer, ulong capacity): writes up to capacity
        /// entries, one per process that exists (running, ending, or ended and not yet waited
        /// for); returns how many there are (which may exceed capacity) or BadAddress / BadLength.</summary>
        ListProcesses = 8,

        /// <summary>StartThread(ulong entry, ulong argument): a new thread of the calling process
        /// (a goroutine) starts at entry with rdi = argument on a fresh stack of ThreadStackBytes;
        /// it must end with Exit. Returns the thread's id, or OutOfMemory / TooManyThreads /
        /// BadAddress (entry not user memory).</summary>
        StartThread = 9,

        /// <summary>MapHeap(ulong bytes): gives bytes (rounded up to 64 KiB granules) of read-write
        /// memory at a fresh address of the system-wide heap range (the same address is never in
        /// use by two processes). Each page reads as zero and gets physical memory when first
        /// touched. Returns the address, or OutOfMemory / BadLength.</summary>
        MapHeap = 10,

        /// <summary>UnmapHeap(ulong address, ulong bytes): returns memory that MapHeap gave, in
        /// whole granules from a granule boundary. Returns Ok or BadAddress (nothing returned).</summary>
        UnmapHeap = 11,

        /// <summary>GetMemoryInfo(MemoryInfo* info): system and process page counts. Returns Ok
        /// or BadAddress.</summary>
        GetMemoryInfo = 12,

        /// <summary>SuspendOtherThreads(ThreadContext* buffer, ulong capacity): stops every other
        /// thread of the calling process (for a garbage collection) and writes each one's user
        /// stack pointer, stack top and registers. Returns how many threads were stopped, or
        /// BadAddress / BadLength (then none was). They stay stopped until ResumeOtherThreads.</summary>
        SuspendOtherThreads = 13,

        /// <summary>ResumeOtherThreads(): lets the threads SuspendOtherThreads stopped run again.</summary>
        ResumeOtherThreads = 14,

        /// <summary>GetProcessId(): the caller's process id.</summary>
        GetProcessId = 15,

        /// <summary>SetFaultHandler(ulong entry): from now on a CPU exception in a thread of the
        /// caller (except a stack overflow, which ends the process) continues at entry with a
        /// FaultFrame on the thread's stack (see FaultFrame); 0 restores the default (the kernel
        /// ends the process). Returns Ok or BadAddress.</summary>
        SetFaultHandler = 16,

        /// <summary>Sleep(ulong nanoseconds): the calling thread lets others run for at least that
        /// long (monotonic clock; woken at the first timer tick past it). Returns Ok.</summary>
        Sleep = 17,

        /// <summary>GetTime(): nanoseconds of the monotonic clock since boot.</summary>
        GetTime = 18,
    }

    /// <summary>How a process ended.</summary>
    public enum ExitReason : ulong
    {
        /// <summary>Main returned, or the program called ExitProcess, or its last thread exited.</summary>
        Normal = 0,
        /// <summary>An exception no handler caught; the runtime printed it.</summary>
        UnhandledException = 1,
        /// <summary>The runtime stopped the program (out of memory, a corrupt runtime state).</summary>
        RuntimeFailure = 2,
        /// <summary>A CPU exception (page fault, divide error, ...); the kernel printed it.</summary>
        Faulted = 3,
        /// <summary>Another process killed it.</summary>
        Killed = 4,
    }

    /// <summary>What Wait reports.</summary>
    public struct ProcessExitInfo
    {
        public long Code;
        public ExitReason Reason;
    }

    /// <summary>What a process is doing, as ListProcesses reports it.</summary>
    public enum ProcessRunState : long
    {
        Running = 1,
        /// <summary>Told to end; its threads are leaving.</summary>
        Ending = 2,
        /// <summary>Ended; it stays listed until its parent waits for it.</summary>
        Ended = 3,
    }

    /// <summary>One ListProcesses entry.</summary>
    public unsafe struct ProcessInfo
    {
        public const int NameBytes = 32;
        public long Id;
        public long ParentId;
        public ProcessRunState State;
        public long Threads;
        public long Pages;
        /// <summary>The program's name, ASCII, NUL-padded.</summary>
        public fixed byte Name[NameBytes];
    }

    /// <summary>What GetMemoryInfo reports, in 4 KiB pages.</summary>
    public struct MemoryInfo
    {
        public ulong TotalPages;
        public ulong FreePages;
        /// <summary>Pages mapped into the calling process (code, stacks, heap; page tables not counted).</summary>
        public ulong ProcessPages;
    }

    /// <summary>A suspended thread's user state, as SuspendOtherThreads writes it.</summary>
    public unsafe struct ThreadContext
    {
        public ulong StackPointer;
        public ulong StackTop;
        /// <summary>rax, rbx, rcx, rdx, rsi, rdi, rbp, r8..r15 at the moment it was stopped.</summary>
        public fixed ulong Registers[15];
    }

    /// <summary>Limits of the process calls.</summary>
    public static class ProcessLimits
    {
        public const ulong MaximumArgumentBytes = 1024;
        public const ulong MaximumNameBytes = 31;
        /// <summary>Stack of a thread started with StartThread (the main thread has MainStackBytes).</summary>
        public const ulong ThreadStackBytes = 64 * 1024;
        public const ulong MainStackBytes = 256 * 1024;
        public const int MaximumThreads = 256;
        /// <summary>Thread stacks: the thread in slot i (0 = main) has its stack top at
        /// StackTop - i * StackSlotBytes, so a thread finds its slot from its stack pointer.</summary>
        public const ulong StackTop = 0x00007FFFFFF00000;
        public const ulong StackSlotBytes = 1UL << 20;
        public const int MaximumHandles = 64;
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
        /// <summary>No program or object of that name.</summary>
        NotFound = -4,
        /// <summary>The program's image is not a valid GoOS program (the kernel log says why).</summary>
        BadImage = -5,
        /// <summary>Not enough memory; nothing was taken.</summary>
        OutOfMemory = -6,
        /// <summary>The handle names nothing the caller holds.</summary>
        BadHandle = -7,
        /// <summary>The caller's handle table is full.</summary>
        NoHandles = -8,
        /// <summary>The process already ended.</summary>
        AlreadyEnded = -9,
        /// <summary>The process has MaximumThreads threads.</summary>
        TooManyThreads = -10,
    }
}
