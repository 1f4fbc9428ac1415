namespace GoOS.Kernel.Programs
{
    /// <summary>Outcome of ElfImage.Validate: Ok, or the first reason the image was refused.
    /// ElfStatusText.Describe turns each value into a sentence for the log.</summary>
    internal enum ElfStatus
    {
        Ok,
        /// <summary>No image: a null pointer or zero length.</summary>
        Empty,
        /// <summary>Shorter than the 64-byte ELF64 file header.</summary>
        TruncatedHeader,
        /// <summary>Does not start with 0x7F 'E' 'L' 'F'.</summary>
        BadMagic,
        /// <summary>EI_CLASS is not ELFCLASS64.</summary>
        NotElf64,
        /// <summary>EI_DATA is not ELFDATA2LSB.</summary>
        NotLittleEndian,
        /// <summary>EI_VERSION or e_version is not EV_CURRENT (1).</summary>
        BadVersion,
        /// <summary>EI_OSABI is neither System V (0) nor GNU (3).</summary>
        UnsupportedAbi,
        /// <summary>e_type is not ET_EXEC (relocatable objects, shared objects and PIEs are refused).</summary>
        NotExecutable,
        /// <summary>e_machine is not EM_X86_64.</summary>
        WrongMachine,
        /// <summary>e_ehsize is not 64.</summary>
        BadHeaderSize,
        /// <summary>e_phentsize is not 56.</summary>
        BadProgramHeaderSize,
        /// <summary>More program headers than ElfImage.MaxProgramHeaders (this includes PN_XNUM).</summary>
        TooManyProgramHeaders,
        /// <summary>e_phoff + e_phnum * e_phentsize does not fit in 64 bits.</summary>
        ProgramHeadersOverflow,
        /// <summary>The program header table extends past the end of the file.</summary>
        ProgramHeadersTruncated,
        /// <summary>A PT_INTERP header: the program wants a dynamic loader, which GoOS does not have.</summary>
        NeedsInterpreter,
        /// <summary>A PT_LOAD segment's file bytes extend past the end of the file (or wrap).</summary>
        SegmentTruncated,
        /// <summary>A PT_LOAD segment has p_filesz greater than p_memsz.</summary>
        FileSizeExceedsMemorySize,
        /// <summary>A PT_LOAD segment starts below ElfImage.LowestUserAddress.</summary>
        SegmentInLowMemory,
        /// <summary>p_vaddr + p_memsz of a PT_LOAD segment wraps around 2^64.</summary>
        SegmentAddressOverflow,
        /// <summary>A PT_LOAD segment ends above the user limit the kernel passed.</summary>
        SegmentOutsideUserSpace,
        /// <summary>p_vaddr and p_offset of a PT_LOAD segment differ modulo the page size.</summary>
        SegmentMisaligned,
        /// <summary>A PT_LOAD segment is both writable and executable.</summary>
        WritableAndExecutable,
        /// <summary>Two PT_LOAD segments share a page.</summary>
        SegmentsOverlap,
        /// <summary>More non-empty PT_LOAD segments than ElfLoadPlan.MaxSegments.</summary>
        TooManySegments,
        /// <summary>The segments need more than ElfImage.MaxPages pages in all.</summary>
        ImageTooLarge,
        /// <summary>No non-empty PT_LOAD segment.</summary>
        NoLoadSegments,
        /// <summary>e_entry is not inside the file bytes of an executable PT_LOAD segment.</summary>
        EntryNotExecutable,
    }
}
