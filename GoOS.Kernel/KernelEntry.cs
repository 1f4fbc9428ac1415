using System.Runtime.InteropServices;
using GoOS.Abi;
using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Diagnostics;
using GoOS.Kernel.Processes;

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
            StartInit();
        }

        // Runs init (with the words after "init=" on the command line as its arguments) until
        // it ends, then halts: nothing else starts programs.
        private static void StartInit()
        {
            string commandLine = Kernel.CommandLine;
            int at = commandLine.IndexOf("init=");
            string arguments = at >= 0 ? commandLine.Substring(at + 5) : "";
            var init = KernelProcesses.Start("init", arguments, out Status status);
            if (init == null)
            {
                Log.WriteLine("cannot start init: " + StatusText.Describe(status) + "; halting");
                Cpu.HaltForever();
            }
            ProcessExitInfo exit = KernelProcesses.Wait(init);
            Log.WriteLine("init ended (code " + exit.Code.ToString() + "); halting");
            Cpu.HaltForever();
        }
    }
}
