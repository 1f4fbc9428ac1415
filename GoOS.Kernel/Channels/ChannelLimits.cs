namespace GoOS.Kernel.Channels
{
    /// <summary>The bounds every channel and select obeys, so that no user request can make the
    /// kernel allocate without limit.</summary>
    public static class ChannelLimits
    {
        /// <summary>Largest buffer, in elements (Go's cap).</summary>
        public const int MaxCapacity = 65536;
        /// <summary>Largest message, in bytes. Zero is allowed (Go's chan struct{}).</summary>
        public const int MaxElementSize = 65536;
        /// <summary>Largest ring buffer, capacity × element size, in bytes.</summary>
        public const int MaxBufferBytes = 1 << 20;
        /// <summary>Most cases one select may have (the size of a Waiter's case table).</summary>
        public const int MaxSelectCases = 64;
    }
}
