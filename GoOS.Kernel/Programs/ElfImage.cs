namespace GoOS.Kernel.Programs
{
    /// <summary>Checks a program image (a static ELF64 x86-64 executable, as ld.lld links it for
    /// GoOS) before anything is mapped, and says how to load it. Reads the image byte by byte, so
    /// it needs no alignment and reads nothing outside [image, image + length).</summary>
    internal static unsafe class ElfImage
    {
        public const ulong PageSize = 4096;
        /// <summary>No segment may start below this: page 0 and the low pages are never mapped, so
        /// that null pointers (and small offsets from them) fault.</summary>
        public const ulong LowestUserAddress = 0x10000;
        /// <summary>At most 64 MiB of segments per program.</summary>
        public const ulong MaxPages = (64UL << 20) / PageSize;
        /// <summary>Bounds the header walk; ld.lld writes fewer than ten.</summary>
        public const int MaxProgramHeaders = 64;

        private const ulong PageMask = PageSize - 1;
        private const ulong FileHeaderSize = 64;
        private const ulong ProgramHeaderSize = 56;

        // e_ident bytes and the values GoOS accepts.
        private const byte ElfClass64 = 2, ElfDataLittleEndian = 1, CurrentVersion = 1, AbiSystemV = 0, AbiGnu = 3;
        private const ushort TypeExecutable = 2, MachineX86_64 = 62;
        private const uint SegmentLoad = 1, SegmentInterpreter = 3;
        private const uint FlagExecute = 1, FlagWrite = 2;

        /// <summary>Checks the image of length bytes at image and, when it is valid, fills plan.
        /// userLimit is the first address above the user half that segments may use (segments
        /// must end at or below it). Returns the first problem found, with plan empty, or Ok.
        /// Allocates nothing and throws nothing; the caller keeps the image unchanged meanwhile.</summary>
        public static ElfStatus Validate(byte* image, ulong length, ulong userLimit, out ElfLoadPlan plan)
        {
            plan = default;
            ElfStatus status = Check(image, length, userLimit, ref plan);
            if (status != ElfStatus.Ok) plan = default;
            return status;
        }

        private static ElfStatus Check(byte* image, ulong length, ulong userLimit, ref ElfLoadPlan plan)
        {
            if (image == null || length == 0) return ElfStatus.Empty;
            if (length < FileHeaderSize) return ElfStatus.TruncatedHeader;
            if (image[0] != 0x7F || image[1] != (byte)'E' || image[2] != (byte)'L' || image[3] != (byte)'F') return ElfStatus.BadMagic;
            if (image[4] != ElfClass64) return ElfStatus.NotElf64;
            if (image[5] != ElfDataLittleEndian) return ElfStatus.NotLittleEndian;
            if (image[6] != CurrentVersion || Read32(image + 20) != CurrentVersion) return ElfStatus.BadVersion;
            if (image[7] != AbiSystemV && image[7] != AbiGnu) return ElfStatus.UnsupportedAbi;
            if (Read16(image + 16) != TypeExecutable) return ElfStatus.NotExecutable;
            if (Read16(image + 18) != MachineX86_64) return ElfStatus.WrongMachine;
            if (Read16(image + 52) != FileHeaderSize) return ElfStatus.BadHeaderSize;
            if (Read16(image + 54) != ProgramHeaderSize) return ElfStatus.BadProgramHeaderSize;

            ulong count = Read16(image + 56);
            if (count > MaxProgramHeaders) return ElfStatus.TooManyProgramHeaders;
            ulong tableOffset = Read64(image + 32);
            ulong tableSize = count * ProgramHeaderSize;
            if (tableOffset > ulong.MaxValue - tableSize) return ElfStatus.ProgramHeadersOverflow;
            if (tableOffset + tableSize > length) return ElfStatus.ProgramHeadersTruncated;

            for (ulong i = 0; i < count; i++)
            {
                byte* header = image + tableOffset + i * ProgramHeaderSize;
                uint type = Read32(header);
                if (type == SegmentInterpreter) return ElfStatus.NeedsInterpreter;
                if (type != SegmentLoad) continue;
                ElfStatus status = AddLoadSegment(header, length, userLimit, ref plan);
                if (status != ElfStatus.Ok) return status;
            }
            if (plan.SegmentCount == 0) return ElfStatus.NoLoadSegments;

            ulong entry = Read64(image + 24);
            for (int i = 0; i < plan.SegmentCount; i++)
            {
                ElfSegment segment = plan.Segment(i);
                ulong start = segment.VirtualStart + segment.PageOffset;
                if (segment.Executable && entry >= start && entry - start < segment.FileBytes)
                {
                    plan.Entry = entry;
                    return ElfStatus.Ok;
                }
            }
            return ElfStatus.EntryNotExecutable;
        }

        /// <summary>Checks one PT_LOAD header against the file, the user range and the segments
        /// already in the plan, and appends it. A segment with no memory size is skipped.</summary>
        private static ElfStatus AddLoadSegment(byte* header, ulong length, ulong userLimit, ref ElfLoadPlan plan)
        {
            uint flags = Read32(header + 4);
            ulong offset = Read64(header + 8);
            ulong address = Read64(header + 16);
            ulong fileBytes = Read64(header + 32);
            ulong memoryBytes = Read64(header + 40);

            if (fileBytes > memoryBytes) return ElfStatus.FileSizeExceedsMemorySize;
            if (memoryBytes == 0) return ElfStatus.Ok;
            if (offset > length || fileBytes > length - offset) return ElfStatus.SegmentTruncated;
            if (address < LowestUserAddress) return ElfStatus.SegmentInLowMemory;
            if (address > ulong.MaxValue - memoryBytes) return ElfStatus.SegmentAddressOverflow;
            ulong end = address + memoryBytes;
            if (end > userLimit) return ElfStatus.SegmentOutsideUserSpace;
            if (((address ^ offset) & PageMask) != 0) return ElfStatus.SegmentMisaligned;
            bool writable = (flags & FlagWrite) != 0, executable = (flags & FlagExecute) != 0;
            if (writable && executable) return ElfStatus.WritableAndExecutable;

            // Page numbers (first and last, inclusive) so that nothing overflows near 2^64.
            ulong firstPage = address / PageSize, lastPage = (end - 1) / PageSize;
            for (int i = 0; i < plan.SegmentCount; i++)
            {
                ElfSegment other = plan.Segment(i);
                ulong otherFirst = other.VirtualStart / PageSize, otherLast = otherFirst + other.PageCount - 1;
                if (firstPage <= otherLast && otherFirst <= lastPage) return ElfStatus.SegmentsOverlap;
            }
            if (plan.SegmentCount == ElfLoadPlan.MaxSegments) return ElfStatus.TooManySegments;
            ulong pages = lastPage - firstPage + 1;
            if (pages > MaxPages - plan.TotalPages) return ElfStatus.ImageTooLarge;

            ElfSegment segment;
            segment.VirtualStart = address & ~PageMask;
            segment.PageCount = pages;
            segment.FileOffset = offset;
            segment.FileBytes = fileBytes;
            segment.MemoryBytes = memoryBytes;
            segment.PageOffset = address & PageMask;
            segment.Writable = writable;
            segment.Executable = executable;
            plan.Add(segment);
            return ElfStatus.Ok;
        }

        private static ushort Read16(byte* at) => (ushort)(at[0] | at[1] << 8);

        private static uint Read32(byte* at) => (uint)(at[0] | at[1] << 8 | at[2] << 16 | at[3] << 24);

        private static ulong Read64(byte* at) => Read32(at) | (ulong)Read32(at + 4) << 32;
    }
}
