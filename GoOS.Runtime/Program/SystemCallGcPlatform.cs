using System.Runtime;
using System.Runtime.CompilerServices;
using GoOS.Abi;
using Internal.Runtime.GarbageCollection;

namespace GoOS.Runtime
{
    /// <summary>The garbage collector's seam in a program: pages from the kernel's heap range
    /// (MapHeap / UnmapHeap), received objects given up (ObjectRelease), time from the CPU's counter, object layout from ILC's MethodTables.</summary>
    internal unsafe struct SystemCallGcPlatform : IGcPlatform
    {
        [RuntimeImport("goos_read_time_stamp"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong ReadTimeStamp();

        public byte* MapPages(ulong bytes)
        {
            long address = KernelCall.Call(SystemCall.MapHeap, bytes);
            return address > 0 ? (byte*)address : null;
        }

        public void UnmapPages(byte* start, ulong bytes) => KernelCall.Call(SystemCall.UnmapHeap, (ulong)start, bytes);

        public void ReleaseForeign(ulong obj, ulong bytes) => KernelCall.Call(SystemCall.ObjectRelease, obj, bytes);

        public ulong Timestamp() => ReadTimeStamp();

        public ulong ObjectSize(byte* obj) => MethodTableLayout.ObjectSize(obj);

        public void VisitReferences<TVisitor>(byte* obj, ref TVisitor visitor) where TVisitor : struct, IGcReferenceVisitor
            => MethodTableLayout.VisitReferences(obj, ref visitor);
    }
}
