using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>Page counts of the machine and of the calling program (4 KiB pages), with the
    /// page ledger's view of the heap: pages held, shared and dirty (MemoryInfo).</summary>
    public static unsafe class SystemMemory
    {
        public static MemoryInfo Read()
        {
            MemoryInfo info;
            long result = KernelCall.Call(SystemCall.GetMemoryInfo, (ulong)&info);
            if (result < 0) throw new GoOSException((Status)result, "SystemMemory.Read");
            return info;
        }

        public static ulong FreePages => Read().FreePages;
    }
}
