namespace Internal.Runtime.Exceptions
{
    /// <summary>What ILC's LSDA says about a piece of managed code: whether it is a method body or
    /// a funclet, where the method starts, and its EH clauses. Format (ILC 10, UnixObjectWriter):
    /// flags byte; main body: [relptr associated data if 0x10] [relptr EH info if 0x04] GC info;
    /// funclet: relptr to the main body's LSDA, then the funclet's offset from the method start.</summary>
    public unsafe struct ManagedCodeInfo
    {
        private const byte KindMask = 3, KindRoot = 0, KindHandler = 1, KindFilter = 2;
        private const byte HasEHInfo = 0x04, HasAssociatedData = 0x10;

        /// <summary>Start of the method's main body; clause offsets are relative to it.</summary>
        public ulong MethodStart;
        /// <summary>The clause blob, or null when the method has no EH clauses.</summary>
        public byte* EHInfo;
        public bool IsFunclet;
        public bool IsFilterFunclet;

        /// <summary>Decodes the LSDA of the code at codeStart (an FDE's start).</summary>
        public static bool TryDecode(byte* lsda, ulong codeStart, out ManagedCodeInfo info)
        {
            info = default;
            if (lsda == null) return false;
            byte flags = *lsda;
            byte* p = lsda + 1;
            byte kind = (byte)(flags & KindMask);
            if (kind == KindHandler || kind == KindFilter)
            {
                byte* mainLsda = Dwarf.ReadRelative32(ref p);
                uint funcletOffset = *(uint*)p;
                if (codeStart < funcletOffset) return false;
                if (!TryDecode(mainLsda, codeStart - funcletOffset, out info) || info.IsFunclet) return false;
                info.IsFunclet = true;
                info.IsFilterFunclet = kind == KindFilter;
                return true;
            }
            if (kind != KindRoot) return false;
            info.MethodStart = codeStart;
            if ((flags & HasAssociatedData) != 0) p += 4;
            if ((flags & HasEHInfo) != 0) info.EHInfo = Dwarf.ReadRelative32(ref p);
            return true;
        }
    }
}
