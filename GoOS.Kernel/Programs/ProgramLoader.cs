using GoOS.Abi;
using GoOS.Kernel.Diagnostics;
using GoOS.Kernel.Memory;
using GoOS.Kernel.Processes;

namespace GoOS.Kernel.Programs
{
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>Maps a validated program image into a process's address space, each page with its
    /// segment's rights. Read-only pages whose contents are whole in the image (code, read-only
    /// data) are the image's own pages, shared by every process of the program and never
    /// freed; writable pages are fresh copies. Interrupts off.</summary>
    internal static unsafe class ProgramLoader
    {
        private const ulong PageSize = UserLayout.PageSize;

        /// <summary>Checks image (ElfImage.Validate) and loads it into process; returns the entry
        /// point. On a bad image it logs why and returns BadImage; when memory runs out,
        /// OutOfMemory. Either way the pages it mapped stay in the space for its destroyer.</summary>
        public static Status Load(Process process, byte* image, ulong length, out ulong entry)
        {
            entry = 0;
            ElfStatus check = ElfImage.Validate(image, length, UserLayout.HeapBase, out ElfLoadPlan plan);
            if (check != ElfStatus.Ok)
            {
                Log.Write("program ");
                Log.Write(process.Name);
                Log.Write(" refused: ");
                Log.Write(ElfStatusText.Describe(check));
                Log.Write('\n');
                return Status.BadImage;
            }
            bool imagePageAligned = ((ulong)image & (PageSize - 1)) == 0;
            for (int s = 0; s < plan.SegmentCount; s++)
            {
                ElfSegment segment = plan.Segment(s);
                PageFlags flags = segment.Writable ? PageFlags.Writable : 0;
                if (!segment.Executable) flags |= PageFlags.NoExecute;
                bool shareable = imagePageAligned && !segment.Writable && segment.PageOffset == 0 && segment.FileOffset % PageSize == 0;
                for (ulong page = 0; page < segment.PageCount; page++)
                {
                    ulong address = segment.VirtualStart + page * PageSize;
                    Status status = shareable && IsWholeInFile(segment, page)
                        ? MapImagePage(process, address, image + segment.FileOffset + page * PageSize, flags)
                        : CopyPage(process, address, image, segment, page, flags);
                    if (status != Status.Ok) return status;
                }
            }
            entry = plan.Entry;
            return Status.Ok;
        }

        // Whether the page's bytes up to the segment's end all come from the file (nothing in it
        // must read as zero that the image holds otherwise).
        private static bool IsWholeInFile(ElfSegment segment, ulong page)
        {
            ulong pageEnd = (page + 1) * PageSize;
            ulong neededEnd = segment.MemoryBytes < pageEnd ? segment.MemoryBytes : pageEnd;
            return neededEnd <= segment.FileBytes;
        }

        // Maps the image's own page (through the direct map's physical address), Borrowed.
        private static Status MapImagePage(Process process, ulong address, byte* contents, PageFlags flags)
        {
            ulong physical = (ulong)contents - KernelLayout.DirectMapBase;
            MemoryStatus mapped = KernelAddressSpace.Mapper.Map(process.AddressSpaceRoot, address, physical, flags | PageFlags.Present | PageFlags.User | PageFlags.Borrowed);
            return mapped == MemoryStatus.Ok ? Status.Ok : Status.OutOfMemory;
        }

        // A fresh page holding the segment's file bytes for this page, zero elsewhere.
        private static Status CopyPage(Process process, ulong address, byte* image, ElfSegment segment, ulong page, PageFlags flags)
        {
            if (!ProcessMemory.MapNewPage(process, address, flags, out byte* contents)) return Status.OutOfMemory;
            ulong start = page == 0 ? segment.PageOffset : 0;
            ulong fileStart = page * PageSize + start - segment.PageOffset;   // offset in the segment's file bytes
            if (fileStart >= segment.FileBytes) return Status.Ok;
            ulong count = PageSize - start;
            if (count > segment.FileBytes - fileStart) count = segment.FileBytes - fileStart;
            Internal.Runtime.Memory.Move(contents + start, image + segment.FileOffset + fileStart, count);
            return Status.Ok;
        }
    }
}
