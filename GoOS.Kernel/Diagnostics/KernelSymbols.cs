using GoOS.Kernel.Boot;

namespace GoOS.Kernel.Diagnostics
{
    /// <summary>The kernel's ELF symbol table (loaded by GRUB). CPU fault reports use it for code
    /// the image's method-name table does not cover: the assembly stubs.</summary>
    internal static unsafe class KernelSymbols
    {
        private const uint SHT_SYMTAB = 2;
        private const int SymbolSize = 24;

        private static byte* s_symbols;
        private static int s_symbolCount;
        private static byte* s_names;

        /// <summary>Finds .symtab and its string table among the section headers GRUB passed.</summary>
        public static void Initialize(MultibootInfo info)
        {
            byte* sections = info.ElfSections(out uint count, out uint entrySize);
            if (sections == null) return;
            for (uint i = 0; i < count; i++)
            {
                byte* header = sections + i * entrySize;
                if (*(uint*)(header + 4) != SHT_SYMTAB) continue;
                uint link = *(uint*)(header + 40);
                byte* strings = sections + link * entrySize;
                s_symbols = AddressOfSection(header);
                s_symbolCount = (int)(*(ulong*)(header + 32) / SymbolSize);
                s_names = AddressOfSection(strings);
                return;
            }
        }

        public static ulong HighestAddress { get; private set; }

        // GRUB loads non-allocated sections to a physical address it records in sh_addr.
        private static byte* AddressOfSection(byte* header)
        {
            ulong address = *(ulong*)(header + 16);
            ulong end = address + *(ulong*)(header + 32);
            if (end > HighestAddress) HighestAddress = end;
            return address >= KernelLayout.KernelBase ? (byte*)address : (byte*)KernelLayout.PhysicalToVirtual(address);
        }

        /// <summary>The symbol containing address (greatest start not above it, within its size when known),
        /// as a pointer to its NUL-terminated name, with the offset into it; null if none.</summary>
        public static byte* Lookup(ulong address, out ulong offset)
        {
            offset = 0;
            byte* best = null;
            ulong bestStart = 0;
            for (int i = 0; i < s_symbolCount; i++)
            {
                byte* symbol = s_symbols + i * SymbolSize;
                ushort sectionIndex = *(ushort*)(symbol + 6);
                if (sectionIndex == 0) continue;
                ulong start = *(ulong*)(symbol + 8);
                ulong size = *(ulong*)(symbol + 16);
                if (start > address || start < bestStart) continue;
                if (size != 0 && address >= start + size) continue;
                if (*(s_names + *(uint*)symbol) == 0) continue;
                best = symbol;
                bestStart = start;
            }
            if (best == null) return null;
            offset = address - bestStart;
            return s_names + *(uint*)best;
        }
    }
}
