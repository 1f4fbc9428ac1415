namespace Internal.Runtime.GarbageCollection
{
    /// <summary>The object layout half of IGcPlatform for NativeAOT objects: sizes from the
    /// MethodTable, reference slots from the GC descriptor ILC writes just below it. The runtime's
    /// platform forwards ObjectSize and VisitReferences here. Must agree with the GCDesc format of
    /// ILC 10 (dotnet/runtime src/coreclr/gc/gcdesc.h), read downward from the MethodTable:
    ///   mt-8:  series count N (signed)
    ///   N > 0: N series of {size, start offset} below it: series i has its size at
    ///          mt-8-16(i+1) and its offset at mt-16(i+1). The size is stored minus BaseSize, so
    ///          adding the object's size gives the length of the run (the whole element area for
    ///          an array of references; the plain size for a fixed-size object).
    ///   N &lt; 0: an array of structs holding references ("val series"): the start offset of the
    ///          first element's first reference at mt-16, then -N items {uint pointers, uint skip}
    ///          at mt-24, mt-32, ...; each element is covered by running through the items once
    ///          (so many references, then skip bytes), repeated up to the end of the object.</summary>
    public static unsafe class MethodTableLayout
    {
        // The array length (int32) sits right after the type pointer in arrays and strings.
        private const int LengthOffset = 8;
        // Bytes from the object reference back to the start of its allocation (the header word).
        private const ulong HeaderBytes = 8;

        /// <summary>Total bytes of 'obj' (the address of its MethodTable pointer), header included,
        /// unrounded: BaseSize plus length times ComponentSize.</summary>
        public static ulong ObjectSize(byte* obj)
        {
            MethodTable* type = *(MethodTable**)obj;
            ulong size = type->BaseSize;
            if (type->HasComponentSize) size += (ulong)*(uint*)(obj + LengthOffset) * type->ComponentSize;
            return size;
        }

        /// <summary>Calls visitor.Visit for every reference slot of 'obj', following its type's GC
        /// descriptor. Allocates nothing.</summary>
        public static void VisitReferences<TVisitor>(byte* obj, ref TVisitor visitor) where TVisitor : struct, IGcReferenceVisitor
        {
            MethodTable* type = *(MethodTable**)obj;
            if (!type->HasPointers) return;
            long* descriptor = (long*)type - 1;
            long seriesCount = *descriptor;
            ulong size = ObjectSize(obj);
            if (seriesCount > 0)
            {
                for (long i = 0; i < seriesCount; i++)
                {
                    long runBytes = descriptor[-2 * i - 2] + (long)size;
                    ulong* slot = (ulong*)(obj + descriptor[-2 * i - 1]);
                    ulong* stop = (ulong*)((byte*)slot + runBytes);
                    for (; slot < stop; slot++) visitor.Visit(slot);
                }
                return;
            }
            VisitValueSeries(obj, size, descriptor, seriesCount, ref visitor);
        }

        // The repeating descriptor of an array of structs: the items, in order from mt-24 downward,
        // describe one element; they repeat until the end of the object (obj + size - header).
        private static void VisitValueSeries<TVisitor>(byte* obj, ulong size, long* descriptor, long seriesCount, ref TVisitor visitor)
            where TVisitor : struct, IGcReferenceVisitor
        {
            uint* firstItem = (uint*)((byte*)descriptor - 16);
            byte* position = obj + descriptor[-1];
            byte* end = obj + size - HeaderBytes;
            ulong elementBytes = 0;
            for (long i = 0; i > seriesCount; i--) elementBytes += firstItem[2 * i] * 8UL + firstItem[2 * i + 1];
            if (elementBytes == 0) return;
            while (position < end)
            {
                for (long i = 0; i > seriesCount; i--)
                {
                    uint pointers = firstItem[2 * i];
                    uint skip = firstItem[2 * i + 1];
                    ulong* slot = (ulong*)position;
                    for (uint k = 0; k < pointers; k++) visitor.Visit(slot + k);
                    position += pointers * 8UL + skip;
                }
            }
        }
    }
}
