namespace Internal.Runtime
{
    /// <summary>Bit counting on 64-bit words, without tables (usable before the heap exists;
    /// shared by the kernel's page allocator and the garbage collector).</summary>
    public static class BitScan
    {
        /// <summary>Index of the lowest set bit of value; 64 when value is 0.</summary>
        public static int TrailingZeroCount(ulong value)
        {
            if (value == 0) return 64;
            int count = 0;
            if ((value & 0xFFFFFFFF) == 0) { count += 32; value >>= 32; }
            if ((value & 0xFFFF) == 0) { count += 16; value >>= 16; }
            if ((value & 0xFF) == 0) { count += 8; value >>= 8; }
            if ((value & 0xF) == 0) { count += 4; value >>= 4; }
            if ((value & 0x3) == 0) { count += 2; value >>= 2; }
            if ((value & 0x1) == 0) count += 1;
            return count;
        }

        public static int PopCount(ulong value)
        {
            value -= (value >> 1) & 0x5555555555555555UL;
            value = (value & 0x3333333333333333UL) + ((value >> 2) & 0x3333333333333333UL);
            value = (value + (value >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
            return (int)((value * 0x0101010101010101UL) >> 56);
        }
    }
}
