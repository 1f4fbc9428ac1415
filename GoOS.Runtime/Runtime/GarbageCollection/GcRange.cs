namespace Internal.Runtime.GarbageCollection
{
    /// <summary>The memory [Low, High) of a root set: a stack, saved registers, a statics region.
    /// Only the 8-byte-aligned words inside it are read.</summary>
    public struct GcRange
    {
        public ulong Low;
        public ulong High;

        public GcRange(ulong low, ulong high)
        {
            Low = low;
            High = high;
        }
    }
}
