using System;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Internal.Runtime
{
    /// <summary>The allocation helpers ILC calls (RhpNewFast and friends) over a bump allocator.
    /// The image's owner hands it memory with AddRegion before the first allocation. Memory is
    /// never returned yet.</summary>
    public static unsafe class Allocator
    {
        // Guarded by: single CPU, called with interrupts off or from one thread.
        private static byte* s_next;
        private static byte* s_limit;
        private static ulong s_allocatedBytes;
        private static delegate*<ulong, bool> s_refill;
        private static delegate*<void> s_enterLock, s_exitLock;

        /// <summary>Makes allocation safe among preemptible threads: every allocation runs between
        /// enter and exit (a program's threads share its heap; the kernel allocates with
        /// interrupts off and needs no lock).</summary>
        public static void SetLock(delegate*<void> enter, delegate*<void> exit)
        {
            s_enterLock = enter;
            s_exitLock = exit;
        }

        /// <summary>Installs what the allocator calls when its region cannot hold an allocation of
        /// 'bytes': it returns true after AddRegion gave a region large enough (a program maps
        /// heap pages from the kernel). Without one, running out stops the image.</summary>
        public static void SetRefill(delegate*<ulong, bool> refill) => s_refill = refill;

        /// <summary>Gives the allocator [start, start+size) to hand out. Replaces the current region.</summary>
        public static void AddRegion(void* start, ulong size)
        {
            s_next = (byte*)start;
            s_limit = (byte*)start + size;
        }

        public static ulong AllocatedBytes => s_allocatedBytes;

        public static ulong FreeBytes => (ulong)(s_limit - s_next);

        // Returns zeroed memory for an object of 'size' bytes (header included); the object
        // reference points 8 bytes in, past the header.
        private static void* AllocateObjectMemory(ulong size)
        {
            size = (size + 7) & ~7UL;
            if (s_enterLock != null) s_enterLock();
            if (size > (ulong)(s_limit - s_next) && (s_refill == null || !s_refill(size))) OutOfMemory(size);
            byte* memory = s_next;
            s_next += size;
            s_allocatedBytes += size;
            if (s_exitLock != null) s_exitLock();
            Memory.Zero(memory, size);
            return memory + sizeof(nint);
        }

        private static void OutOfMemory(ulong size)
        {
            RuntimeServices.FailFast("out of memory");
        }

        /// <summary>A zeroed instance of a fixed-size type.</summary>
        public static object NewObject(MethodTable* type) => NewFast(type);

        [RuntimeExport("RhpNewFast")]
        private static object NewFast(MethodTable* type)
        {
            void* obj = AllocateObjectMemory(type->BaseSize);
            *(MethodTable**)obj = type;
            return RuntimeServices.ObjectFromAddress(obj);
        }

        [RuntimeExport("RhpNewFinalizable")]
        private static object NewFinalizable(MethodTable* type) => NewFast(type);

        /// <summary>A zeroed array of 'type' with 'length' elements (BaseSize covers any bounds).</summary>
        public static object NewArray(MethodTable* type, int length) => NewArrayFast(type, length);

        [RuntimeExport("RhpNewArrayFast")]
        private static object NewArrayFast(MethodTable* type, int length)
        {
            if (length < 0) throw new OverflowException();
            void* obj = AllocateObjectMemory(type->BaseSize + (ulong)length * type->ComponentSize);
            *(MethodTable**)obj = type;
            *(int*)((byte*)obj + sizeof(nint)) = length;
            return RuntimeServices.ObjectFromAddress(obj);
        }

        [RuntimeExport("RhpNewPtrArrayFast")]
        private static object NewPtrArrayFast(MethodTable* type, int length) => NewArrayFast(type, length);

        /// <summary>A zeroed object of the same type and size as 'source' (for MemberwiseClone).</summary>
        internal static object AllocateLike(MethodTable* type, object source)
        {
            if (type->HasComponentSize) return NewArrayFast(type, Unsafe.As<Array>(source).Length);
            return NewFast(type);
        }

        /// <summary>A string of 'length' NUL characters; its MethodTable is the one of "".</summary>
        internal static string NewString(int length)
        {
            MethodTable* stringType = RuntimeServices.MethodTableOf("");
            return Unsafe.As<string>(NewArrayFast(stringType, length));
        }
    }
}
