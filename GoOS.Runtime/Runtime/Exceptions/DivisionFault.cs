namespace Internal.Runtime.Exceptions
{
    /// <summary>Tells the two causes of a divide error apart: a zero divisor, or a signed
    /// quotient that does not fit (MinValue / -1), which .NET reports as OverflowException.
    /// Decodes the faulting DIV/IDIV (opcode F7 or F6, with optional 66 and REX prefixes) at rip;
    /// registers holds the general registers by x86 encoding (rax, rcx, ..., r15). Used by the
    /// kernel for its own faults and by a program's runtime for the faults the kernel hands it.</summary>
    public static unsafe class DivisionFault
    {
        public static bool IsOverflow(ulong rip, ulong* registers)
        {
            byte* code = (byte*)rip;
            int operandBytes = 4;
            byte rex = 0;
            if (*code == 0x66) { operandBytes = 2; code++; }
            if ((*code & 0xF0) == 0x40) { rex = *code; code++; }
            if ((rex & 0x08) != 0) operandBytes = 8;
            if (*code == 0xF6) operandBytes = 1;
            else if (*code != 0xF7) return false;
            code++;
            byte modrm = *code++;
            int operation = (modrm >> 3) & 7;
            if (operation != 7) return false;   // unsigned DIV only faults on a zero divisor

            if (!TryReadDivisor(registers, code, modrm, rex, operandBytes, out long divisor)) return false;
            return divisor != 0;
        }

        private static bool TryReadDivisor(ulong* registers, byte* code, byte modrm, byte rex, int operandBytes, out long divisor)
        {
            divisor = 0;
            int mod = modrm >> 6;
            int rm = (modrm & 7) | ((rex & 1) << 3);
            if (mod == 3)
            {
                divisor = SignExtend(registers[rm], operandBytes);
                return true;
            }
            ulong address;
            if ((modrm & 7) == 4)
            {
                byte sib = *code++;
                int scale = sib >> 6;
                int index = ((sib >> 3) & 7) | ((rex & 2) << 2);
                int baseRegister = (sib & 7) | ((rex & 1) << 3);
                address = index == 4 ? 0 : registers[index] << scale;   // index 4 without REX.X: none
                if ((sib & 7) == 5 && mod == 0) { address += (ulong)(long)*(int*)code; code += 4; }
                else address += registers[baseRegister];
            }
            else if (mod == 0 && (modrm & 7) == 5)
            {
                int displacement = *(int*)code;
                code += 4;
                address = (ulong)code + (ulong)(long)displacement;   // RIP-relative: from the end of the instruction
                divisor = SignExtend(*(ulong*)address, operandBytes);
                return true;
            }
            else address = registers[rm];
            if (mod == 1) address += (ulong)(long)*(sbyte*)code;
            else if (mod == 2) address += (ulong)(long)*(int*)code;
            divisor = SignExtend(*(ulong*)address, operandBytes);
            return true;
        }

        private static long SignExtend(ulong value, int bytes)
        {
            switch (bytes)
            {
                case 1: return (sbyte)value;
                case 2: return (short)value;
                case 4: return (int)value;
                default: return (long)value;
            }
        }
    }
}
