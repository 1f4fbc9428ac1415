namespace GoOS.Kernel.Programs
{
    /// <summary>One PT_LOAD segment as the loader maps it: PageCount fresh zeroed pages from
    /// VirtualStart, FileBytes bytes copied from image + FileOffset to VirtualStart + PageOffset,
    /// then the pages' permissions set. Pages are always readable; none is both writable and
    /// executable (code: read+execute; read-only data: read+NX; data and bss: write+NX).</summary>
    internal struct ElfSegment
    {
        /// <summary>The first page's address: p_vaddr rounded down to a page.</summary>
        public ulong VirtualStart;
        /// <summary>Pages from VirtualStart up to p_vaddr + p_memsz, rounded up.</summary>
        public ulong PageCount;
        /// <summary>Where the bytes to copy start in the image (p_offset).</summary>
        public ulong FileOffset;
        /// <summary>How many bytes to copy (p_filesz, possibly 0); the rest of the pages stay zero.</summary>
        public ulong FileBytes;
        /// <summary>Bytes of memory from p_vaddr (p_memsz): past FileBytes they read as zero.</summary>
        public ulong MemoryBytes;
        /// <summary>Where in the first page the copy starts (p_vaddr modulo the page size).</summary>
        public ulong PageOffset;
        public bool Writable;
        public bool Executable;

        public ulong VirtualEnd => VirtualStart + PageCount * ElfImage.PageSize;
    }
}
