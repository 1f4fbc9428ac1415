namespace GoOS.Kernel.Programs
{
    /// <summary>English text for each ElfStatus. The strings are literals, so describing a refusal
    /// allocates nothing.</summary>
    internal static class ElfStatusText
    {
        public static string Describe(ElfStatus status) => status switch
        {
            ElfStatus.Ok => "valid program image",
            ElfStatus.Empty => "image empty: no bytes were given",
            ElfStatus.TruncatedHeader => "image truncated: shorter than the 64-byte ELF64 header",
            ElfStatus.BadMagic => "not an ELF file: the first four bytes are not 0x7F 'E' 'L' 'F'",
            ElfStatus.NotElf64 => "not a 64-bit ELF file (EI_CLASS is not ELFCLASS64)",
            ElfStatus.NotLittleEndian => "not a little-endian ELF file (EI_DATA is not ELFDATA2LSB)",
            ElfStatus.BadVersion => "unknown ELF version (EI_VERSION or e_version is not 1)",
            ElfStatus.UnsupportedAbi => "unsupported OS ABI (EI_OSABI is neither System V nor GNU)",
            ElfStatus.NotExecutable => "not a static executable (e_type is not ET_EXEC)",
            ElfStatus.WrongMachine => "built for another machine (e_machine is not x86-64)",
            ElfStatus.BadHeaderSize => "corrupt header: e_ehsize is not 64",
            ElfStatus.BadProgramHeaderSize => "corrupt header: e_phentsize is not 56",
            ElfStatus.TooManyProgramHeaders => "too many program headers",
            ElfStatus.ProgramHeadersOverflow => "corrupt header: the program header table's end does not fit in 64 bits",
            ElfStatus.ProgramHeadersTruncated => "image truncated: program headers extend past the end of the file",
            ElfStatus.NeedsInterpreter => "dynamically linked: the program asks for an interpreter (PT_INTERP)",
            ElfStatus.SegmentTruncated => "image truncated: a loadable segment's data extends past the end of the file",
            ElfStatus.FileSizeExceedsMemorySize => "corrupt segment: its file size is larger than its memory size",
            ElfStatus.SegmentInLowMemory => "segment in low memory: a loadable segment starts below 0x10000",
            ElfStatus.SegmentAddressOverflow => "corrupt segment: its address range wraps around the end of the address space",
            ElfStatus.SegmentOutsideUserSpace => "segment outside user space: a loadable segment ends above the user limit",
            ElfStatus.SegmentMisaligned => "misaligned segment: its address and file offset differ within a page",
            ElfStatus.WritableAndExecutable => "segment both writable and executable",
            ElfStatus.SegmentsOverlap => "loadable segments overlap (they share a page)",
            ElfStatus.TooManySegments => "too many loadable segments",
            ElfStatus.ImageTooLarge => "image too large: its segments need more memory than a program may have",
            ElfStatus.NoLoadSegments => "nothing to load: no loadable segment",
            ElfStatus.EntryNotExecutable => "entry point outside every executable segment",
            _ => "unknown ELF status",
        };
    }
}
