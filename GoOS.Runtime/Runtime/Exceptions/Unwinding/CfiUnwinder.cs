namespace Internal.Runtime.Exceptions
{
    /// <summary>Unwinds one frame by running the DWARF call-frame program of its FDE up to the
    /// frame's pc. Implements the instructions the JIT emits (advance_loc, advance_loc1/2/4,
    /// def_cfa, def_cfa_register, def_cfa_offset, offset, offset_extended, nop); anything else
    /// makes the unwind fail rather than guess.</summary>
    public static unsafe class CfiUnwinder
    {
        private const byte DW_CFA_advance_loc = 0x40, DW_CFA_offset = 0x80, DW_CFA_restore = 0xC0;
        private const byte DW_CFA_nop = 0x00, DW_CFA_advance_loc1 = 0x02, DW_CFA_advance_loc2 = 0x03, DW_CFA_advance_loc4 = 0x04;
        private const byte DW_CFA_offset_extended = 0x05, DW_CFA_def_cfa = 0x0C, DW_CFA_def_cfa_register = 0x0D, DW_CFA_def_cfa_offset = 0x0E;

        /// <summary>Where the CFA is and where each register was saved, at one pc.</summary>
        public struct FrameRules
        {
            public int CfaRegister;
            public long CfaOffset;
            public fixed long SavedAt[DwarfRegister.Count];   // offset from the CFA, 0 = not saved
        }

        /// <summary>Computes the rules in force at pc (an address inside the frame's code).</summary>
        public static bool TryComputeRules(in FrameDescription frame, ulong pc, out FrameRules rules)
        {
            rules = default;
            ulong location = frame.Start;
            return Run(frame.InitialInstructions, frame.InitialInstructionsEnd, in frame, ~0UL, ref location, ref rules)
                && Run(frame.Instructions, frame.InstructionsEnd, in frame, pc, ref location, ref rules);
        }

        private static bool Run(byte* p, byte* end, in FrameDescription frame, ulong pc, ref ulong location, ref FrameRules rules)
        {
            while (p < end)
            {
                byte op = *p++;
                byte high = (byte)(op & 0xC0);
                ulong advance = 0;
                if (high == DW_CFA_advance_loc) advance = (ulong)(op & 0x3F);
                else if (high == DW_CFA_offset)
                {
                    ulong factored = Dwarf.ReadUleb128(ref p);
                    if (!SetSaved(ref rules, op & 0x3F, (long)factored * frame.DataAlignment)) return false;
                    continue;
                }
                else if (high == DW_CFA_restore) return false;
                else switch (op)
                {
                    case DW_CFA_nop: continue;
                    case DW_CFA_advance_loc1: advance = *p; p += 1; break;
                    case DW_CFA_advance_loc2: advance = *(ushort*)p; p += 2; break;
                    case DW_CFA_advance_loc4: advance = *(uint*)p; p += 4; break;
                    case DW_CFA_offset_extended:
                    {
                        ulong register = Dwarf.ReadUleb128(ref p);
                        ulong factored = Dwarf.ReadUleb128(ref p);
                        if (!SetSaved(ref rules, (int)register, (long)factored * frame.DataAlignment)) return false;
                        continue;
                    }
                    case DW_CFA_def_cfa:
                        rules.CfaRegister = (int)Dwarf.ReadUleb128(ref p);
                        rules.CfaOffset = (long)Dwarf.ReadUleb128(ref p);
                        continue;
                    case DW_CFA_def_cfa_register:
                        rules.CfaRegister = (int)Dwarf.ReadUleb128(ref p);
                        continue;
                    case DW_CFA_def_cfa_offset:
                        rules.CfaOffset = (long)Dwarf.ReadUleb128(ref p);
                        continue;
                    default:
                        return false;
                }
                location += advance * frame.CodeAlignment;
                if (location > pc) return true;
            }
            return true;
        }

        private static bool SetSaved(ref FrameRules rules, int register, long offset)
        {
            if (register < 0 || register >= DwarfRegister.Count || offset == 0) return false;
            rules.SavedAt[register] = offset;
            return true;
        }

        /// <summary>Replaces context (a frame executing at controlPc, which lies inside 'frame')
        /// with its caller's: restored callee-saved registers, rsp = CFA, rip = return address.</summary>
        public static bool TryUnwind(in FrameDescription frame, ulong controlPc, ref RegisterContext context)
        {
            if (!TryComputeRules(in frame, controlPc, out FrameRules rules)) return false;
            if (!context.TryGet(rules.CfaRegister, out ulong cfaBase)) return false;
            ulong cfa = (ulong)((long)cfaBase + rules.CfaOffset);
            RegisterContext caller = context;
            for (int register = 0; register < DwarfRegister.ReturnAddress; register++)
            {
                long offset = rules.SavedAt[register];
                if (offset != 0) caller.Set(register, *(ulong*)(long)((long)cfa + offset));
            }
            long returnAddressOffset = rules.SavedAt[DwarfRegister.ReturnAddress];
            if (returnAddressOffset == 0) return false;
            caller.Rip = *(ulong*)(long)((long)cfa + returnAddressOffset);
            caller.Rsp = cfa;
            context = caller;
            return true;
        }
    }
}
