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

        /// <summary>Spawn(byte* name, ulong nameLength, byte* arguments, ulong argumentsLength,
        /// long* channels, ulong channelCount): starts the program called name (ASCII) in a new
        /// process; arguments are ASCII strings, each followed by a NUL byte (at most
        /// MaximumArgumentBytes in all); the child gets a duplicate of each channel handle, as its
        /// handles 0, 1, ... (at most 16). Returns a handle to the child (zero or positive; it
        /// lives until Wait) or NotFound, BadImage, OutOfMemory, NoHandles, BadHandle, BadAddress,
        /// BadLength. On failure nothing of the child remains.</summary>
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

        /// <summary>ChannelCreate(ulong elementSize, ulong capacity, ChannelKind kind): a channel
        /// of capacity messages (0: unbuffered) of elementSize bytes (at most
        /// ChannelLimitsAbi.MaximumMessageBytes; for ChannelKind.Handles it must be 8: a handle).
        /// Returns a handle with every right, or BadLength / NoHandles / OutOfMemory.</summary>
        ChannelCreate = 19,

        /// <summary>ChannelSend(long handle, byte* message, ChannelFlags flags): copies the message
        /// (for a handle channel: moves a duplicate of the handle it names, which the sender keeps)
        /// into the channel, waiting for room or a receiver unless NonBlocking. Returns Ok;
        /// ChannelClosed (the message was not delivered; the sender still has it); NotReady (only
        /// NonBlocking: nothing happened); BadHandle / BadAddress.</summary>
        ChannelSend = 20,

        /// <summary>ChannelReceive(long handle, byte* destination, ChannelFlags flags): waits for a
        /// message (unless NonBlocking) and copies it to destination (a handle channel writes a new
        /// handle of the receiver's). Returns 1 when a message came; 0 when the channel is closed
        /// and drained (zeros written: Go's ok == false); NotReady, BadHandle, BadAddress.</summary>
        ChannelReceive = 21,

        /// <summary>ChannelClose(long handle): closes the channel (needs the Close right); waiting
        /// receivers get ok == false, waiting senders ChannelClosed. Returns Ok, AlreadyClosed, BadHandle.</summary>
        ChannelClose = 22,

        /// <summary>HandleClose(long handle): gives the handle up. When no process holds the
        /// channel's send side any more, it is closed (receivers drain it, then ok == false); when
        /// none holds its receive side, senders fail with ChannelClosed. Returns Ok or BadHandle.</summary>
        HandleClose = 23,

        /// <summary>ChannelInfo(long handle, ChannelState* state): count, capacity, element size, closed.</summary>
        ChannelInfo = 24,

        /// <summary>Select(SelectCase* cases, ulong count, ChannelFlags flags): waits until one
        /// case can proceed (one chosen uniformly at random among the ready ones) and does it.
        /// Returns the case's index; -1 (only with NonBlocking, Go's default) when none was ready;
        /// BadHandle / BadAddress / BadLength. A receive case gets Ok = 1 or 0 (closed); a send
        /// case on a closed channel is chosen with Ok = 0 (message not delivered). count 0 waits
        /// forever. At most 64 cases and MaximumMessageBytes of messages in all.</summary>
        Select = 25,

        /// <summary>Publish(byte* name, ulong length, long handle): makes the channel findable under
        /// name (1..32 printable ASCII) until unpublished or the caller's process ends. Returns Ok,
        /// NameTaken, BadName, BadHandle, RegistryFull.</summary>
        Publish = 26,

        /// <summary>Lookup(byte* name, ulong length, long timeoutNanoseconds): a new handle (send and
        /// receive rights) to the channel published as name; with a timeout &gt; 0 (or -1: forever) it
        /// waits for the name to appear. Returns the handle, NotFound (also on timeout), BadName.</summary>
        Lookup = 27,

        /// <summary>Unpublish(byte* name, ulong length): only the publisher may. Ok, NotFound, NotPublisher.</summary>
        Unpublish = 28,

        /// <summary>ListNames(byte* buffer, ulong capacity): writes up to capacity 32-byte
        /// NUL-padded names; returns how many names are published.</summary>
        ListNames = 29,

        /// <summary>HandleDuplicate(long handle, ChannelRightsAbi rights): a new handle to the same
        /// channel with the given rights, which must be a subset of the handle's (Go's chan&lt;- and
        /// &lt;-chan: pass a receive-only end, and the channel closes when its senders are gone).
        /// Returns the handle, BadHandle, NoHandles.</summary>
        HandleDuplicate = 30,

        /// <summary>ThreadPark(): blocks the calling thread until another thread of its process
        /// unparks it (returns at once, consuming it, if an unpark came first). Wakeups may be
        /// spurious: callers wait in a loop. Returns Ok. Used by the runtime for channels between
        /// goroutines of one program.</summary>
        ThreadPark = 31,

        /// <summary>ThreadUnpark(ulong slot): lets the thread in stack slot 'slot' of the caller's
        /// process out of ThreadPark (or its next one). Returns Ok or BadHandle (no such thread).
        /// A thread may instead defer one unpark to its next switch (ProcessLimits.DeferredWakeAddress).</summary>
        ThreadUnpark = 32,

        /// <summary>IrqClaim(ulong irq): forwards legacy IRQ line irq (0-15) to the caller, which
        /// must be a driver the kernel granted it (Ports, DeviceGrants). Returns the handle of a
        /// channel the caller may only receive from: one 8-byte message per interrupt, the
        /// line's count of interrupts so far (a message that finds the channel full (64) is
        /// dropped: the next count shows it). The line stays the caller's until it ends.
        /// NotGranted, Busy (another process has it), NoHandles.</summary>
        IrqClaim = 33,

        /// <summary>Power(ulong action): PowerAction.Halt stops the machine (the log says so),
        /// PowerAction.Restart resets it; neither returns. Only the system's own programs may:
        /// init and the programs it started (NotGranted for others); BadLength for another action.</summary>
        Power = 34,

        /// <summary>ObjectRelease(ulong address, ulong bytes): the caller's garbage collector freed
        /// an object it received over a channel (address and bytes as in its ObjectMessage). The
        /// kernel forgets the caller's ownership: pages nobody owns anything on any more are
        /// freed, and pages the caller owns nothing on any more are unmapped from it. NotOwner
        /// unless the caller owns the object.</summary>
        ObjectRelease = 35,

        /// <summary>ScreenClaim(ScreenInfo* info): hands the VGA text screen to the caller, a
        /// console program the kernel granted it (DeviceGrants): its cells (80x25, two bytes
        /// each, at ScreenAbi.CellsAddress) are mapped into the caller, the kernel stops drawing
        /// on it, and the kernel log comes to the caller instead, as messages of a channel of
        /// strings (ChanOfString, up to ScreenAbi.LogLineCharacters characters a message, whole
        /// lines where they fit; dropped while 64 wait). info receives the cells' address, where
        /// the kernel's cursor was, and the log channel's receive handle, which is also returned.
        /// When the caller ends, the kernel draws again. NotGranted, Busy, BadAddress.</summary>
        ScreenClaim = 36,
    }

    /// <summary>What ScreenClaim gives.</summary>
    public struct ScreenInfo
    {
        public ulong Cells;
        public long CursorOffset;
        public long LogHandle;
    }

    /// <summary>The VGA text screen as ScreenClaim hands it over.</summary>
    public static class ScreenAbi
    {
        public const int Columns = 80, Rows = 25;
        /// <summary>Where the cells are mapped in the console program (where they are in physical memory).</summary>
        public const ulong CellsAddress = 0xB8000;
        public const int LogLineCharacters = 128;
    }

    /// <summary>What Power does.</summary>
    public enum PowerAction : ulong
    {
        Halt = 0,
        Restart = 1,
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
        /// <summary>Every thread was blocked on channels nothing else could reach (the kernel
        /// printed "all goroutines are asleep - deadlock!").</summary>
        Deadlock = 5,
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
        /// <summary>Heap pages it holds, heap pages of others it owns objects on, heap pages it
        /// holds on which others own objects, and pages of either kind it shares with another
        /// owner (the page ledger, MemoryInfo).</summary>
        public long HeldPages, ForeignPages, DirtyHeldPages, SharedPages;
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
        /// <summary>Heap pages the calling process holds (the page ledger: given to it, not given back).</summary>
        public ulong HeldPages;
        /// <summary>Heap pages held by other processes on which the calling process owns objects
        /// (sent to it over channels).</summary>
        public ulong ForeignPages;
        /// <summary>Pages the calling process holds on which other processes own objects.</summary>
        public ulong DirtyHeldPages;
        /// <summary>Heap pages the calling process owns something on together with another process.</summary>
        public ulong SharedOwnedPages;
        /// <summary>The whole system's heap pages in use (some live process owns something on each).</summary>
        public ulong HeapPagesInUse;
        /// <summary>Heap pages with two or more owners.</summary>
        public ulong SharedPages;
        /// <summary>Heap pages on which a process other than the one they were given to owns
        /// objects; they live as long as such an owner does.</summary>
        public ulong DirtyPages;
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
        /// <summary>The top of each stack slot holds the thread's words, shared with the kernel;
        /// its stack starts below them.</summary>
        public const ulong ThreadWordBytes = 16;

        /// <summary>The deferred wake-up word of the thread in slot: 0, or the slot + 1 of a thread
        /// of the same process to unpark. Only that thread writes it (atomically, replacing an
        /// earlier request it then unparks itself). The kernel applies it, exactly as ThreadUnpark,
        /// and clears it whenever the thread leaves the CPU (a block, a yield, a preemption, its
        /// end) and at every timer tick that interrupts it. With one CPU nobody else runs before
        /// then, so the woken thread runs as early as it would have; the waker saves a system call.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static ulong DeferredWakeAddress(int slot) => StackTop - (ulong)slot * StackSlotBytes - 8;
        public const int MaximumHandles = 256;
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
        /// <summary>The channel is closed (a send's message was not delivered).</summary>
        ChannelClosed = -11,
        /// <summary>Only with NonBlocking: the operation could not proceed at once; nothing happened.</summary>
        NotReady = -12,
        /// <summary>The channel was already closed.</summary>
        AlreadyClosed = -13,
        /// <summary>The name is published already.</summary>
        NameTaken = -14,
        /// <summary>Only the publisher may unpublish a name.</summary>
        NotPublisher = -15,
        /// <summary>A name must be 1..32 printable ASCII characters.</summary>
        BadName = -16,
        /// <summary>The registry (or the kernel's channel table) is full.</summary>
        RegistryFull = -17,
        /// <summary>The caller's program was not granted that device (port or IRQ).</summary>
        NotGranted = -18,
        /// <summary>Another process has it.</summary>
        Busy = -19,
        /// <summary>An object sent or released is not the caller's: it does not own something
        /// on every page the object covers (or the range is not in the heap).</summary>
        NotOwner = -20,
        /// <summary>A page of the object already has as many owners as the kernel counts (four
        /// besides its holder); the object was not moved.</summary>
        TooManyOwners = -21,
    }
}

namespace GoOS.Abi
{
    /// <summary>What a channel's messages are.</summary>
    public enum ChannelKind : ulong
    {
        /// <summary>Plain bytes, copied (values of unmanaged types; strings as length + characters).</summary>
        Bytes = 0,
        /// <summary>Channel handles: each message moves a duplicate of a handle into the receiver's table.</summary>
        Handles = 1,
        /// <summary>Objects on the heap, moved without copying (DESIGN.md §3): each message is an
        /// ObjectMessage. The send moves the ownership of the object's pages from the sender to
        /// the kernel (NotOwner, TooManyOwners: the send fails and the sender keeps it); the
        /// receive moves it to the receiver and maps the pages into its address space. A send
        /// that fails (a closed channel, a select case not chosen) gives the object back to the
        /// sender. An object still in a channel that nobody can receive from any more is
        /// released. Element size: 32 (sizeof(ObjectMessage)).</summary>
        Objects = 2,
    }

    /// <summary>One message of a ChannelKind.Objects channel. Address 0 is null.</summary>
    public struct ObjectMessage
    {
        /// <summary>The object (the address of its type pointer); its allocation starts 8 bytes
        /// lower, at its header word. With Count &gt; 0, a manifest (see Count).</summary>
        public ulong Address;
        /// <summary>Bytes of the allocation from the header word: the pages it covers move.</summary>
        public ulong Bytes;
        /// <summary>The type's shape, which the kernel carries without reading: the receiving
        /// runtime checks it against its own type for the channel's element type.</summary>
        public ulong Shape;
        /// <summary>0: Address is the object. N &gt; 0: a graph of N objects moves at once, and
        /// Address is its manifest, an array of 64-bit words (a ulong[]: length at +8, elements
        /// from +16) holding ObjectMessage.ManifestWords words per object (its address, bytes
        /// and shape), the root first. The objects and the manifest move together or not at all;
        /// at most MaximumGraphObjects.</summary>
        public ulong Count;

        public const int ManifestWords = 3;
        /// <summary>The kernel moves a graph with interrupts off: this bounds how long (a few
        /// milliseconds at most).</summary>
        public const ulong MaximumGraphObjects = 1 << 14;
    }

    [System.Flags]
    public enum ChannelFlags : ulong
    {
        None = 0,
        /// <summary>Do not wait: NotReady (Select: -1) when the operation cannot proceed at once.</summary>
        NonBlocking = 1,
    }

    /// <summary>One case of Select.</summary>
    public struct SelectCase
    {
        public long Handle;
        /// <summary>0 = send, 1 = receive.</summary>
        public long Receive;
        /// <summary>The message to send, or where a received one goes.</summary>
        public ulong Data;
        /// <summary>Written back for the chosen case: 1 done, 0 channel closed.</summary>
        public long Ok;
    }

    /// <summary>What ChannelInfo reports.</summary>
    public struct ChannelState
    {
        public long Count;
        public long Capacity;
        public long ElementSize;
        public long Closed;
    }

    /// <summary>What a channel handle allows.</summary>
    [System.Flags]
    public enum ChannelRightsAbi : ulong
    {
        Send = 1,
        Receive = 2,
        Close = 4,
        Publish = 8,
    }

    public static class ChannelLimitsAbi
    {
        public const int MaximumMessageBytes = 4096;
        public const int MaximumSelectCases = 64;
        public const int NameBytes = 32;
    }
}
