namespace Internal.Runtime.GarbageCollection
{
    /// <summary>What the heap needs from the program around it: pages from the kernel, a clock,
    /// and the layout of objects. The runtime implements it with system calls and
    /// MethodTableLayout; host tests map host memory and describe objects with fake types.
    /// The platform is a handle: copies of it must act on the same memory and the same types,
    /// because the collector copies it into its marker.</summary>
    public unsafe interface IGcPlatform
    {
        /// <summary>Maps 'bytes' (a multiple of GcPage.Size) of zeroed, page-aligned,
        /// writable memory for this program; null when the kernel has none left.</summary>
        byte* MapPages(ulong bytes);

        /// <summary>Returns [start, start+bytes), exactly as an earlier MapPages handed it out.</summary>
        void UnmapPages(byte* start, ulong bytes);

        /// <summary>The heap freed obj (the address of its type pointer), an object another
        /// program sent it, whose allocation from the header word is bytes: the kernel forgets
        /// this program's ownership of it.</summary>
        void ReleaseForeign(ulong obj, ulong bytes);

        /// <summary>A monotonic tick count; the statistics measure pauses in these ticks.</summary>
        ulong Timestamp();

        /// <summary>Total bytes of the object 'obj' (the address of its type pointer), header
        /// included, not yet rounded to 8: BaseSize plus length times ComponentSize.</summary>
        ulong ObjectSize(byte* obj);

        /// <summary>Calls visitor.Visit once for every slot of 'obj' that holds a reference
        /// (null or not). Must not allocate; the collector calls it with the world stopped.</summary>
        void VisitReferences<TVisitor>(byte* obj, ref TVisitor visitor) where TVisitor : struct, IGcReferenceVisitor;
    }
}
