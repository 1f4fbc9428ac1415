using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Memory;
using GoOS.Kernel.Scheduling;

namespace GoOS.Kernel.UserMode
{
    /// <summary>Ring-3 threads, each in an address space of its own holding a copy of its code
    /// and a user stack with an unmapped guard page below it. Everything a user thread took
    /// (its pages, its page tables) is returned when it ends. Called with interrupts off.</summary>
    public static unsafe class UserThreads
    {
        public const ulong CodeBase = 0x0000000000400000;
        public const ulong StackTop = 0x00007FFFFFF00000;
        public const int StackPages = 16;
        /// <summary>At most this many code pages per thread.</summary>
        public const int MaximumCodePages = 16;

        private const ulong PageSize = PageMapper<PagingHardware>.PageSize;

        /// <summary>Starts a ring-3 thread running a copy of code[0..length) at CodeBase with
        /// rdi = argument. Returns null (and takes nothing) if memory runs out.</summary>
        public static Thread Start(string name, ThreadPriority priority, byte* code, int length, ulong argument)
        {
            int codePages = (int)(((ulong)length + PageSize - 1) / PageSize);
            if (length <= 0 || codePages > MaximumCodePages) return null;
            if (KernelAddressSpace.Mapper.CreateAddressSpace(out ulong root) != MemoryStatus.Ok) return null;

            var pages = new ulong[codePages + StackPages];
            int taken = 0;
            bool ok = true;
            for (int i = 0; i < codePages && ok; i++)
            {
                ok = MapNewPage(root, CodeBase + (ulong)i * PageSize, PageFlags.Present | PageFlags.User, pages, ref taken, out byte* page);
                if (!ok) break;
                int offset = i * (int)PageSize;
                int count = length - offset < (int)PageSize ? length - offset : (int)PageSize;
                for (int b = 0; b < count; b++) page[b] = code[offset + b];
            }
            ulong stackBottom = StackTop - StackPages * PageSize;   // the page below stays unmapped: the guard
            for (int i = 0; i < StackPages && ok; i++)
                ok = MapNewPage(root, stackBottom + (ulong)i * PageSize, PageFlags.Present | PageFlags.User | PageFlags.Writable | PageFlags.NoExecute, pages, ref taken, out _);
            if (!ok)
            {
                Release(root, pages, taken);
                return null;
            }

            Thread thread = Scheduler.CreateUserThread(name, priority, root, pages, taken, CodeBase, StackTop, argument);
            return thread;
        }

        /// <summary>Whether address lies in the unmapped page below every user stack.</summary>
        public static bool IsStackGuard(ulong address)
        {
            ulong guard = StackTop - (StackPages + 1) * PageSize;
            return address >= guard && address < guard + PageSize;
        }

        // Allocates a zeroed page, maps it at 'address' and records it in 'pages'.
        private static bool MapNewPage(ulong root, ulong address, PageFlags flags, ulong[] pages, ref int taken, out byte* contents)
        {
            contents = null;
            if (PhysicalMemory.Allocate(out ulong physical) != MemoryStatus.Ok) return false;
            pages[taken++] = physical;
            contents = (byte*)KernelLayout.PhysicalToVirtual(physical);
            for (int i = 0; i < (int)PageSize; i++) contents[i] = 0;
            return KernelAddressSpace.Mapper.Map(root, address, physical, flags) == MemoryStatus.Ok;
        }

        /// <summary>Returns a user thread's pages and page tables. Called by the scheduler once the
        /// thread has ended and its address space is no longer loaded.</summary>
        internal static void Release(ulong root, ulong[] pages, int count)
        {
            for (int i = 0; i < count; i++) PhysicalMemory.Free(pages[i]);
            KernelAddressSpace.Mapper.DestroyAddressSpace(root, out _);
        }
    }
}
