namespace GoOS.Kernel.Scheduling
{
    /// <summary>The CPU exception that ended a user thread, kept as numbers so that recording it
    /// allocates nothing; Arch/X64/FaultDescription turns it into text.</summary>
    public struct FaultInfo
    {
        public ulong Vector;
        public ulong InstructionPointer;
        /// <summary>The faulting address (CR2) for page faults; 0 otherwise.</summary>
        public ulong Address;
        public ulong ErrorCode;
        /// <summary>The page fault hit the guard page below the user stack.</summary>
        public bool StackOverflow;
        /// <summary>A general protection fault on port I/O the program was not granted (Port).</summary>
        public bool PortIo;
        public ushort Port;
    }
}
