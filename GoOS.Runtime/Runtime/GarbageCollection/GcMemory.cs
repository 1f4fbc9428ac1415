namespace Internal.Runtime.GarbageCollection
{
    /// <summary>Word-wise zeroing and copying for the heap's own memory (8-byte aligned, sizes multiples of 8).</summary>
    internal static unsafe class GcMemory
    {
        public static void Zero(byte* start, ulong bytes)
        {
            ulong* word = (ulong*)start;
            for (ulong i = 0, n = bytes / 8; i < n; i++) word[i] = 0;
        }

        public static void Copy(byte* destination, byte* source, ulong bytes)
        {
            ulong* to = (ulong*)destination;
            ulong* from = (ulong*)source;
            for (ulong i = 0, n = bytes / 8; i < n; i++) to[i] = from[i];
        }

        public static ulong RoundUp(ulong value, ulong alignment) => (value + alignment - 1) & ~(alignment - 1);
    }
}
