namespace Internal.Runtime.Exceptions
{
    /// <summary>One FDE of .eh_frame, decoded: the code range it covers, its LSDA and the CFI
    /// programs (the CIE's initial instructions, then the FDE's own).</summary>
    public unsafe struct FrameDescription
    {
        public ulong Start;
        public ulong Length;
        public byte* Lsda;
        public byte* InitialInstructions;
        public byte* InitialInstructionsEnd;
        public byte* Instructions;
        public byte* InstructionsEnd;
        public long DataAlignment;
        public ulong CodeAlignment;

        public bool Contains(ulong pc) => pc >= Start && pc - Start < Length;

        /// <summary>Decodes the FDE at 'fde'. Supports what ILC and lld emit: CIE augmentation "zLR"
        /// (or "zR") with pcrel|sdata4 pointers. Returns false for anything else.</summary>
        public static bool TryDecode(byte* fde, out FrameDescription result)
        {
            result = default;
            uint length = *(uint*)fde;
            if (length == 0 || length == 0xFFFFFFFF) return false;
            byte* end = fde + 4 + length;
            byte* cie = fde + 4 - *(uint*)(fde + 4);
            if (!TryDecodeCie(cie, ref result, out bool hasLsda)) return false;

            byte* p = fde + 8;
            result.Start = (ulong)Dwarf.ReadRelative32(ref p);
            result.Length = *(uint*)p;
            p += 4;
            ulong augmentationLength = Dwarf.ReadUleb128(ref p);
            byte* afterAugmentation = p + augmentationLength;
            if (hasLsda && augmentationLength >= 4)
            {
                result.Lsda = *(int*)p == 0 ? null : Dwarf.ReadRelative32(ref p);
            }
            result.Instructions = afterAugmentation;
            result.InstructionsEnd = end;
            return true;
        }

        private static bool TryDecodeCie(byte* cie, ref FrameDescription result, out bool hasLsda)
        {
            hasLsda = false;
            uint length = *(uint*)cie;
            byte* end = cie + 4 + length;
            if (*(uint*)(cie + 4) != 0) return false;
            byte* p = cie + 9;   // past length, id and version
            byte* augmentation = p;
            while (*p != 0) p++;
            p++;
            result.CodeAlignment = Dwarf.ReadUleb128(ref p);
            result.DataAlignment = Dwarf.ReadSleb128(ref p);
            Dwarf.ReadUleb128(ref p);   // return address register: always 16 on x86-64
            if (augmentation[0] == 'z')
            {
                ulong augmentationLength = Dwarf.ReadUleb128(ref p);
                byte* data = p;
                for (byte* a = augmentation + 1; *a != 0; a++)
                {
                    if (*a == 'L') { if (*data++ != PointerEncoding.PcRelativeSigned32) return false; hasLsda = true; }
                    else if (*a == 'R') { if (*data++ != PointerEncoding.PcRelativeSigned32) return false; }
                    else return false;
                }
                p += augmentationLength;
            }
            result.InitialInstructions = p;
            result.InitialInstructionsEnd = end;
            return true;
        }
    }

    internal static class PointerEncoding
    {
        public const byte PcRelativeSigned32 = 0x1B;
        public const byte DataRelativeSigned32 = 0x3B;
        public const byte Unsigned32 = 0x03;
    }
}
