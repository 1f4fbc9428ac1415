namespace Internal.Runtime.GarbageCollection
{
    /// <summary>The slot sizes of small-object blocks: 24, 32, then steps of 16 up to 128, then four
    /// classes per doubling (160, 192, 224, 256, 320, ...) up to LargeObjectThreshold. Waste inside a
    /// slot is at most a quarter of it above 128 bytes.</summary>
    internal static class SizeClasses
    {
        public const int Count = 32;
        public const ulong MinimumObjectSize = 24;
        public const ulong LargeObjectThreshold = 8192;

        /// <summary>The smallest class whose slots hold 'size' bytes (8-aligned, 24..LargeObjectThreshold).</summary>
        public static int ClassOf(ulong size)
        {
            if (size <= 24) return 0;
            if (size <= 32) return 1;
            if (size <= 128) return 2 + (int)((size - 33) / 16);
            int group = HighestBit(size - 1) - 7;
            ulong groupBase = 128UL << group;
            ulong step = groupBase / 4;
            int k = (int)((size - groupBase + step - 1) / step);
            return 8 + group * 4 + k - 1;
        }

        public static ulong SlotSize(int sizeClass)
        {
            if (sizeClass == 0) return 24;
            if (sizeClass == 1) return 32;
            if (sizeClass < 8) return 48 + (ulong)(sizeClass - 2) * 16;
            int group = (sizeClass - 8) / 4;
            ulong groupBase = 128UL << group;
            return groupBase + (ulong)((sizeClass - 8) % 4 + 1) * (groupBase / 4);
        }

        private static int HighestBit(ulong value)
        {
            int bit = 0;
            while ((value >>= 1) != 0) bit++;
            return bit;
        }
    }
}
