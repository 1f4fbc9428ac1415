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
        /// <summary>At most this many code pages per thread (with the stack, within Thread.MaximumUserPages).</summary>
        public const int MaximumCodePages = Thread.MaximumUserPages - StackPages;

        private const ulong PageSize = PageMapper<PagingHardware>.PageSize;

        /// <summary>Starts a ring-3 thread running a copy of code[0..length) at CodeBase with
        /// rdi = argument. Returns null (and takes nothing) if memory runs out.</summary>
        public static Thread Start(string name, ThreadPriority priority, byte* code, int length, ulong argument)
        {
            int codePages = (int)(((ulong)length + PageSize - 1) / PageSize);
            if (length <= 0 || codePages > MaximumCodePages) return null;
            Thread thread = Scheduler.CreateUser(name, priority);
            if (thread == null) return null;
            if (KernelAddressSpace.Mapper.CreateAddressSpace(out ulong root) != MemoryStatus.Ok)
            {
                Scheduler.Abandon(thread);
                return null;
            }
            thread.AddressSpaceRoot = root;

            bool ok = true;
            for (int i = 0; i < codePages && ok; i++)
            {
                ok = MapNewPage(thread, CodeBase + (ulong)i * PageSize, PageFlags.Present | PageFlags.User, out byte* page);
                if (!ok) break;
                int offset = i * (int)PageSize;
                int count = length - offset < (int)PageSize ? length - offset : (int)PageSize;
                for (int b = 0; b < count; b++) page[b] = code[offset + b];
            }
            ulong stackBottom = StackTop - StackPages * PageSize;   // the page below stays unmapped: the guard
            for (int i = 0; i < StackPages && ok; i++)
                ok = MapNewPage(thread, stackBottom + (ulong)i * PageSize, PageFlags.Present | PageFlags.User | PageFlags.Writable | PageFlags.NoExecute, out _);
            if (!ok)
            {
                Release(thread);
                Scheduler.Abandon(thread);
                return null;
            }

            thread.UserEntry = CodeBase;
            thread.UserStackTop = StackTop;
            thread.UserArgument = argument;
            Scheduler.StartUser(thread);
            return thread;
        }

        /// <summary>Whether address lies in the unmapped page below every user stack.</summary>
        public static bool IsStackGuard(ulong address)
        {
            ulong guard = StackTop - (StackPages + 1) * PageSize;
            return address >= guard && address < guard + PageSize;
        }

        // Allocates a zeroed page, maps it at 'address' in the thread's space and records it.
        private static bool MapNewPage(Thread thread, ulong address, PageFlags flags, out byte* contents)
        {
            contents = null;
            if (thread.UserPageCount == Thread.MaximumUserPages) return false;
            if (PhysicalMemory.Allocate(out ulong physical) != MemoryStatus.Ok) return false;
            thread.UserPages[thread.UserPageCount++] = physical;
            contents = (byte*)KernelLayout.PhysicalToVirtual(physical);
            for (int i = 0; i < (int)PageSize; i++) contents[i] = 0;
            return KernelAddressSpace.Mapper.Map(thread.AddressSpaceRoot, address, physical, flags) == MemoryStatus.Ok;
        }

        /// <summary>Returns a user thread's pages and page tables. Called once the thread has ended
        /// (or never started) and its address space is not loaded.</summary>
        internal static void Release(Thread thread)
        {
            for (int i = 0; i < thread.UserPageCount; i++) PhysicalMemory.Free(thread.UserPages[i]);
            thread.UserPageCount = 0;
            KernelAddressSpace.Mapper.DestroyAddressSpace(thread.AddressSpaceRoot, out _);
            thread.AddressSpaceRoot = 0;
        }
    }
}
