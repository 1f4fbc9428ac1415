namespace GoOS.Kernel.Boot
{
    /// <summary>Reads the multiboot2 information GRUB leaves for the kernel: the command line,
    /// the memory map and the ELF section headers (GRUB loads .symtab and .strtab too).</summary>
    internal unsafe struct MultibootInfo
    {
        public const uint BootloaderMagic = 0x36D76289;

        private const uint TagEnd = 0, TagCommandLine = 1, TagModule = 3, TagMemoryMap = 6, TagElfSections = 9;

        private readonly byte* _start;

        public MultibootInfo(ulong physicalAddress)
        {
            _start = (byte*)KernelLayout.PhysicalToVirtual(physicalAddress);
        }

        public ulong PhysicalStart => (ulong)_start - KernelLayout.DirectMapBase;

        public uint TotalSize => *(uint*)_start;

        /// <summary>The command line GRUB was given after the kernel path, or "".</summary>
        public string CommandLine
        {
            get
            {
                byte* tag = FindTag(TagCommandLine);
                if (tag == null) return "";
                byte* text = tag + 8;
                int length = 0;
                while (text[length] != 0) length++;
                char* chars = stackalloc char[length];
                for (int i = 0; i < length; i++) chars[i] = (char)text[i];
                return new string(chars, 0, length);
            }
        }

        /// <summary>The memory map tag: entries of (base, length, type) with type 1 = usable RAM.</summary>
        public MemoryRegionEnumerator MemoryRegions
        {
            get
            {
                byte* tag = FindTag(TagMemoryMap);
                if (tag == null) return default;
                uint size = *(uint*)(tag + 4);
                uint entrySize = *(uint*)(tag + 8);
                return new MemoryRegionEnumerator(tag + 16, tag + size, entrySize);
            }
        }

        /// <summary>The modules GRUB loaded (one tag each).</summary>
        public ModuleEnumerator Modules => new ModuleEnumerator(_start + 8, _start + TotalSize, TagModule);

        /// <summary>The ELF section header table of the kernel, or null: (count, entry size, headers).</summary>
        public byte* ElfSections(out uint count, out uint entrySize)
        {
            byte* tag = FindTag(TagElfSections);
            count = entrySize = 0;
            if (tag == null) return null;
            // GRUB writes num, entsize and shndx as 32-bit fields.
            count = *(uint*)(tag + 8);
            entrySize = *(uint*)(tag + 12);
            return tag + 20;
        }

        private byte* FindTag(uint type)
        {
            byte* tag = _start + 8;
            byte* end = _start + TotalSize;
            while (tag < end)
            {
                uint tagType = *(uint*)tag;
                uint size = *(uint*)(tag + 4);
                if (tagType == TagEnd) return null;
                if (tagType == type) return tag;
                tag += (size + 7) & ~7u;
            }
            return null;
        }
    }

    /// <summary>Walks the memory-map entries without allocating.</summary>
    internal unsafe struct MemoryRegionEnumerator
    {
        private byte* _next;
        private readonly byte* _end;
        private readonly uint _entrySize;

        public MemoryRegionEnumerator(byte* first, byte* end, uint entrySize)
        {
            _next = first;
            _end = end;
            _entrySize = entrySize;
        }

        public bool Next(out ulong physicalBase, out ulong length, out uint type)
        {
            physicalBase = length = 0;
            type = 0;
            if (_next == null || _next + 24 > _end) return false;
            physicalBase = *(ulong*)_next;
            length = *(ulong*)(_next + 8);
            type = *(uint*)(_next + 16);
            _next += _entrySize;
            return true;
        }
    }
}
