using GoOS.Abi;
using GoOS.Kernel.Diagnostics;
using GoOS.Kernel.Memory;
using GoOS.Kernel.Processes;

namespace GoOS.Kernel.Programs
{
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>Maps a validated program image into a process's address space: every segment on
    /// fresh zeroed pages, the file bytes copied in, each page with its segment's rights.
    /// Interrupts off.</summary>
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
            for (int s = 0; s < plan.SegmentCount; s++)
            {
                ElfSegment segment = plan.Segment(s);
                PageFlags flags = segment.Writable ? PageFlags.Writable : 0;
                if (!segment.Executable) flags |= PageFlags.NoExecute;
                ulong copied = 0;
                for (ulong page = 0; page < segment.PageCount; page++)
                {
                    ulong address = segment.VirtualStart + page * PageSize;
                    if (!ProcessMemory.MapNewPage(process, address, flags, out byte* contents)) return Status.OutOfMemory;
                    ulong start = page == 0 ? segment.PageOffset : 0;
                    ulong count = PageSize - start;
                    if (count > segment.FileBytes - copied) count = segment.FileBytes - copied;
                    if (count == 0) continue;
                    Internal.Runtime.Memory.Move(contents + start, image + segment.FileOffset + copied, count);
                    copied += count;
                }
            }
            entry = plan.Entry;
            return Status.Ok;
        }
    }
}
