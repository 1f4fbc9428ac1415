namespace GoOS.Kernel.Channels
{
    /// <summary>What a WaitCase waits to do.</summary>
    public enum WaitKind
    {
        Send,
        Receive,
        /// <summary>A registry lookup waiting for its name to be published.</summary>
        Lookup,
    }
}
