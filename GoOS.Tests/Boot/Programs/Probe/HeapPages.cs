using System;
using GoOS;
using GoOS.Abi;

namespace GoOS.TestPrograms.Probe
{
    /// <summary>The page ledger's view of a program's heap (SystemMemory): touching a 1 MiB
    /// array makes the program hold at least its 256 pages, all counted system-wide, none
    /// shared or dirty while nothing was sent. Exit 0, or the number of the check that failed.</summary>
    internal static class HeapPages
    {
        public static int Run()
        {
            MemoryInfo before = SystemMemory.Read();
            var block = new byte[1 << 20];
            for (int i = 0; i < block.Length; i += 4096) block[i] = 1;
            MemoryInfo after = SystemMemory.Read();
            if (after.HeldPages < before.HeldPages + 256) return 1;
            if (after.HeapPagesInUse < after.HeldPages) return 2;
            if (after.ForeignPages != 0 || after.DirtyHeldPages != 0) return 3;
            if (after.ProcessPages < after.HeldPages) return 4;
            GC.KeepAlive(block);
            return 0;
        }
    }
}
