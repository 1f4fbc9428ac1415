using System.Runtime.InteropServices;
using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Diagnostics;

namespace GoOS.Kernel
{
    /// <summary>The entry Boot.asm calls in the product image.</summary>
    internal static class KernelEntry
    {
        [UnmanagedCallersOnly(EntryPoint = "goos_kernel_main")]
        private static void Main(uint magic, ulong multibootInfo)
        {
            Kernel.Boot(magic, multibootInfo);
            ulong ticks = Cpu.ReadTimeStampCounter();
            Log.WriteLine("GoOS " + Kernel.Version + " kernel up (" + ticks.ToString() + " TSC ticks since reset)");
            Log.WriteLine("Nothing to run yet: programs arrive with the process work. Halting.");
            Cpu.HaltForever();
        }
    }
}
