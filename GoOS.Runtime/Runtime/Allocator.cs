using System;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Internal.Runtime
{
    /// <summary>The allocation helpers ILC calls (RhpNewFast and friends). In the kernel they run
    /// a bump allocator over the region KernelHeap hands over with AddRegion (kernel objects are
    /// pooled, never freed); in a program, the garbage-collected heap installed with SetAllocator.</summary>
    public static unsafe class Allocator
    {
        // Guarded by: single CPU, called with interrupts off or from one thread.
        private static byte* s_next;
        private static byte* s_limit;
        private static ulong s_allocatedBytes;
        private static delegate*<MethodTable*, ulong, int, void*> s_allocate;

        /// <summary>Replaces the bump allocator: allocate(type, bytes, length) returns a zeroed
        /// object of 'bytes' (header included) whose type pointer and, for arrays (length &gt;= 0),
        /// length it has already written, or stops the image when memory runs out. A program's
        /// garbage-collected heap (ProgramHeap) installs it.</summary>
        public static void SetAllocator(delegate*<MethodTable*, ulong, int, void*> allocate) => s_allocate = allocate;

        /// <summary>Gives the allocator [start, start+size) to hand out. Replaces the current region.</summary>
        public static void AddRegion(void* start, ulong size)
        {
            s_next = (byte*)start;
            s_limit = (byte*)start + size;
        }

        public static ulong AllocatedBytes => s_allocatedBytes;

        public static ulong FreeBytes => (ulong)(s_limit - s_next);

        // A zeroed object of 'size' bytes (header included) with its type pointer written, and
        // its length for arrays (length >= 0); the reference points 8 bytes in, past the header.
        private static void* AllocateObject(MethodTable* type, ulong size, int length)
        {
            if (s_allocate != null) return s_allocate(type, size, length);
            size = (size + 7) & ~7UL;
            if (size > (ulong)(s_limit - s_next)) OutOfMemory(size);
            byte* memory = s_next;
            s_next += size;
            s_allocatedBytes += size;
            Memory.Zero(memory, size);
            void* obj = memory + sizeof(nint);
            *(MethodTable**)obj = type;
            if (length >= 0) *(int*)((byte*)obj + sizeof(nint)) = length;
            return obj;
        }

        /// <summary>Stops the image: no memory for an allocation of size bytes.</summary>
        public static void OutOfMemory(ulong size)
        {
            RuntimeServices.FailFast("out of memory");
        }

        /// <summary>A zeroed instance of a fixed-size type.</summary>
        public static object NewObject(MethodTable* type) => NewFast(type);

        [RuntimeExport("RhpNewFast")]
        private static object NewFast(MethodTable* type)
        {
            return RuntimeServices.ObjectFromAddress(AllocateObject(type, type->BaseSize, -1));
        }

        [RuntimeExport("RhpNewFinalizable")]
        private static object NewFinalizable(MethodTable* type) => NewFast(type);

        /// <summary>A zeroed array of 'type' with 'length' elements (BaseSize covers any bounds).</summary>
        public static object NewArray(MethodTable* type, int length) => NewArrayFast(type, length);

        [RuntimeExport("RhpNewArrayFast")]
        private static object NewArrayFast(MethodTable* type, int length)
        {
            if (length < 0) throw new OverflowException();
            return RuntimeServices.ObjectFromAddress(AllocateObject(type, type->BaseSize + (ulong)length * type->ComponentSize, length));
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
