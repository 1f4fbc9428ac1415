namespace GoOS.Kernel.Processes
{
    public enum ProcessState
    {
        /// <summary>The object is in the pool, serving no process.</summary>
        Free,
        /// <summary>Its threads run (or wait, or sleep).</summary>
        Running,
        /// <summary>It was told to end: its threads were ended; its memory goes back when the last
        /// of them has left the CPU.</summary>
        Ending,
        /// <summary>Its memory is returned; the object stays until its parent waited for it.</summary>
        Ended,
    }
}
