using System.Runtime;
using System.Runtime.CompilerServices;

namespace Internal.Runtime
{
    /// <summary>Byte-level fill and copy used by the allocator and by memset/memmove. Large
    /// zeroing and forward copies go to the string instructions (Arch/X64/MemoryOps.asm).</summary>
    public static unsafe class Memory
    {
        private const ulong BulkThreshold = 64;

        [RuntimeImport("goos_memory_zero"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void ZeroBulk(void* destination, ulong count);

        [RuntimeImport("goos_memory_copy_forward"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void CopyForwardBulk(void* destination, void* source, ulong count);

        public static void Zero(void* destination, ulong count) => Fill((byte*)destination, 0, count);

        public static void Fill(byte* destination, byte value, ulong count)
        {
            if (value == 0 && count >= BulkThreshold)
            {
                ZeroBulk(destination, count);
                return;
            }
            ulong pattern = value * 0x0101010101010101UL;
            while (count >= 8)
            {
                *(ulong*)destination = pattern;
                destination += 8;
                count -= 8;
            }
            while (count-- > 0) *destination++ = value;
        }

        /// <summary>Copies count bytes; the ranges may overlap.</summary>
        public static void Move(byte* destination, byte* source, ulong count)
        {
            // Small values (messages, fields) in one load and one store, which is also right
            // for overlapping ranges.
            switch (count)
            {
                case 8: *(ulong*)destination = *(ulong*)source; return;
                case 4: *(uint*)destination = *(uint*)source; return;
                case 2: *(ushort*)destination = *(ushort*)source; return;
                case 1: *destination = *source; return;
            }
            if (destination == source || count == 0) return;
            if (destination < source || destination >= source + count)
            {
                if (count >= BulkThreshold)
                {
                    CopyForwardBulk(destination, source, count);
                    return;
                }
                while (count >= 8)
                {
                    *(ulong*)destination = *(ulong*)source;
                    destination += 8; source += 8; count -= 8;
                }
                while (count-- > 0) *destination++ = *source++;
            }
            else
            {
                destination += count; source += count;
                while (count >= 8)
                {
                    destination -= 8; source -= 8; count -= 8;
                    *(ulong*)destination = *(ulong*)source;
                }
                while (count-- > 0) *--destination = *--source;
            }
        }
    }
}
