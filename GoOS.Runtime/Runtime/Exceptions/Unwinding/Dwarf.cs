namespace Internal.Runtime.Exceptions
{
    /// <summary>Readers for the variable-length encodings of .eh_frame.</summary>
    public static unsafe class Dwarf
    {
        public static ulong ReadUleb128(ref byte* p)
        {
            ulong result = 0;
            int shift = 0;
            byte b;
            do
            {
                b = *p++;
                if (shift < 64) result |= (ulong)(b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return result;
        }

        public static long ReadSleb128(ref byte* p)
        {
            long result = 0;
            int shift = 0;
            byte b;
            do
            {
                b = *p++;
                if (shift < 64) result |= (long)(b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            if (shift < 64 && (b & 0x40) != 0) result |= -1L << shift;
            return result;
        }

        /// <summary>A pc-relative signed 32-bit pointer (DW_EH_PE_pcrel|sdata4, and ILC's relptr).</summary>
        public static byte* ReadRelative32(ref byte* p)
        {
            byte* target = p + *(int*)p;
            p += 4;
            return target;
        }
    }
}
