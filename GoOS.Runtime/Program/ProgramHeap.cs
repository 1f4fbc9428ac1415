using System.Runtime;
using System.Runtime.CompilerServices;
using GoOS.Abi;
using Internal.Runtime;
using Internal.Runtime.GarbageCollection;

namespace GoOS.Runtime
{
    /// <summary>A program's objects: a GcHeap on pages from the kernel, collected when the bytes
    /// allocated since the last collection exceed the live bytes (or 1 MiB). A collection stops
    /// the program's other threads (SuspendOtherThreads), marks from the statics, from every
    /// thread's stack and saved registers (conservatively), sweeps, and lets them go on.
    /// Guarded by: s_lock (every allocation and collection holds it).</summary>
    internal static unsafe class ProgramHeap
    {
        private const ulong PageSize = 4096;
        /// <summary>Bytes below a stopped thread's stack pointer that its code may still use
        /// (the System V red zone).</summary>
        private const ulong RedZone = 128;
        private const int CalleeSavedRegisters = 6;

        [RuntimeImport("goos_capture_callee_saved"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void CaptureCalleeSaved(ulong* buffer);

        private static GcHeap<SystemCallGcPlatform> s_heap;
        private static SpinLock s_lock;
        private static ulong** s_staticCells;
        private static int s_staticCellCount;
        // Made at the first collection: room for every other thread's context and a range each.
        private static ThreadContext* s_contexts;
        private static GcRange* s_ranges;

        /// <summary>Sets the heap up and makes it the allocator. Called once at program start,
        /// before the module statics are allocated.</summary>
        public static void Initialize()
        {
            s_heap.Initialize(default, GcSettings.Default);
            int count = ModuleInitializer.GcStaticCells(null, 0);
            if (count > 0)
            {
                s_staticCells = (ulong**)Map((ulong)count * 8);
                s_staticCellCount = ModuleInitializer.GcStaticCells(s_staticCells, count);
            }
            Allocator.SetAllocator(&Allocate);
        }

        public static GcStatistics Statistics
        {
            get
            {
                s_lock.Enter();
                GcStatistics statistics = s_heap.Statistics;
                s_lock.Exit();
                return statistics;
            }
        }

        /// <summary>Collects now (GarbageCollector.Collect).</summary>
        public static void Collect()
        {
            s_lock.Enter();
            CollectLocked();
            s_lock.Exit();
        }

        /// <summary>Hands obj over to another program (GcHeap.GiveAway): the bytes of its
        /// allocation, or 0 when it is not this program's.</summary>
        public static ulong GiveAway(ulong obj)
        {
            s_lock.Enter();
            ulong bytes = s_heap.GiveAway(obj);
            s_lock.Exit();
            return bytes;
        }

        /// <summary>Whether obj is an object this program owns (GcHeap.Owns).</summary>
        public static bool Owns(ulong obj)
        {
            s_lock.Enter();
            bool owns = s_heap.Owns(obj);
            s_lock.Exit();
            return owns;
        }

        /// <summary>Hands every object of a manifest (ObjectMessage.ManifestWords words each,
        /// count of them) over at once, writing the bytes GiveAway reports into each entry; false,
        /// with nothing given, when one is not this program's.</summary>
        public static bool GiveAwayAll(ulong[] manifest, int count)
        {
            s_lock.Enter();
            int given = 0;
            for (; given < count; given++)
            {
                ulong bytes = s_heap.GiveAway(manifest[given * ObjectMessage.ManifestWords]);
                if (bytes == 0) break;
                manifest[given * ObjectMessage.ManifestWords + 1] = bytes;
            }
            bool all = given == count;
            if (!all)
                for (int i = 0; i < given; i++) s_heap.Adopt(manifest[i * ObjectMessage.ManifestWords], manifest[i * ObjectMessage.ManifestWords + 1]);
            s_lock.Exit();
            return all;
        }

        /// <summary>Takes every object of a manifest (count entries at entries) as this
        /// program's at once, so that no collection sees part of a graph; false, with none
        /// adopted, when one cannot be.</summary>
        public static bool AdoptAll(ulong* entries, int count)
        {
            s_lock.Enter();
            int adopted = 0;
            while (adopted < count && s_heap.Adopt(entries[adopted * ObjectMessage.ManifestWords], entries[adopted * ObjectMessage.ManifestWords + 1])) adopted++;
            bool all = adopted == count;
            if (!all)
                for (int i = 0; i < adopted; i++) s_heap.GiveAway(entries[i * ObjectMessage.ManifestWords]);
            s_lock.Exit();
            return all;
        }

        /// <summary>Whether address lies in this program's heap: in one of its blocks (an
        /// object of its own, or one it gave away) or in an object it received.</summary>
        public static bool Holds(ulong address)
        {
            s_lock.Enter();
            bool holds = s_heap.Holds(address);
            s_lock.Exit();
            return holds;
        }

        /// <summary>Makes a received object this program's (GcHeap.Adopt).</summary>
        public static bool Adopt(ulong obj, ulong bytes)
        {
            s_lock.Enter();
            bool adopted = s_heap.Adopt(obj, bytes);
            s_lock.Exit();
            return adopted;
        }

        // Allocator.SetAllocator's contract: a zeroed object with its type (and length) written.
        private static void* Allocate(MethodTable* type, ulong size, int length)
        {
            s_lock.Enter();
            if (s_heap.CollectionDue) CollectLocked();
            byte* obj = s_heap.Allocate(size);
            if (obj == null)
            {
                CollectLocked();
                obj = s_heap.Allocate(size);
            }
            if (obj == null)
            {
                s_lock.Exit();
                Allocator.OutOfMemory(size);
            }
            *(MethodTable**)obj = type;
            if (length >= 0) *(int*)(obj + 8) = length;
            s_lock.Exit();
            return obj;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void CollectLocked()
        {
            if (s_contexts == null)
            {
                s_contexts = (ThreadContext*)Map((ulong)(ProcessLimits.MaximumThreads * sizeof(ThreadContext)));
                s_ranges = (GcRange*)Map((ulong)(ProcessLimits.MaximumThreads + 3) * (ulong)sizeof(GcRange));
                if (s_contexts == null || s_ranges == null) Allocator.OutOfMemory(0);
            }
            long others = KernelCall.Call(SystemCall.SuspendOtherThreads, (ulong)s_contexts, (ulong)ProcessLimits.MaximumThreads);
            if (others < 0) RuntimeServices.FailFast("garbage collection: cannot stop the other threads");

            ulong* registers = stackalloc ulong[CalleeSavedRegisters];
            CaptureCalleeSaved(registers);
            int count = 0;
            ulong ownTop = ProcessLimits.StackTop - (ulong)ProgramThreads.CurrentSlot * ProcessLimits.StackSlotBytes;
            s_ranges[count++] = new GcRange((ulong)registers, ownTop);
            s_ranges[count++] = new GcRange((ulong)s_contexts, (ulong)(s_contexts + others));
            for (long i = 0; i < others; i++)
            {
                ThreadContext* context = s_contexts + i;
                ulong top = context->StackTop;
                ulong bottom = top - (top == ProcessLimits.StackTop ? ProcessLimits.MainStackBytes : ProcessLimits.ThreadStackBytes);
                ulong low = context->StackPointer - RedZone;
                if (low < bottom || low > top) low = bottom;
                s_ranges[count++] = new GcRange(low & ~7UL, top);
            }
            var roots = new GcRoots
            {
                ExactSlots = s_staticCells,
                ExactSlotCount = s_staticCellCount,
                ConservativeRanges = s_ranges,
                ConservativeRangeCount = count,
            };
            s_heap.Collect(roots);
            KernelCall.Call(SystemCall.ResumeOtherThreads);
        }

        private static byte* Map(ulong bytes)
        {
            long address = KernelCall.Call(SystemCall.MapHeap, (bytes + PageSize - 1) & ~(PageSize - 1));
            return address > 0 ? (byte*)address : null;
        }
    }
}
