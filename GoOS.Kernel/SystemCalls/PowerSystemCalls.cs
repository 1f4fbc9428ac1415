using GoOS.Abi;
using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Diagnostics;
using GoOS.Kernel.Scheduling;

namespace GoOS.Kernel.SystemCalls
{
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>Power (ABI: GoOS.Runtime/Abi/SystemCalls.cs): halting or restarting the machine,
    /// for init and the programs it started. Interrupts off.</summary>
    internal static class PowerSystemCalls
    {
        private const ushort KeyboardControllerStatus = 0x64;
        private const byte InputFull = 2, PulseResetLine = 0xFE;

        public static long Power(ulong action)
        {
            Process process = Scheduler.Current.Process;
            if (process == null) return (long)Status.InvalidSystemCall;
            bool systemProgram = process.Parent == null || process.Parent.Parent == null;
            if (!systemProgram) return (long)Status.NotGranted;
            if (action == (ulong)PowerAction.Halt)
            {
                Log.WriteLine("system halted by " + process.Name);
                Cpu.HaltForever();
            }
            if (action != (ulong)PowerAction.Restart) return (long)Status.BadLength;
            Log.WriteLine("system restarting (asked by " + process.Name + ")");
            // The keyboard controller pulses the CPU's reset line.
            while ((Cpu.In8(KeyboardControllerStatus) & InputFull) != 0) { }
            Cpu.Out8(KeyboardControllerStatus, PulseResetLine);
            Cpu.HaltForever();
            return (long)Status.Ok;
        }
    }
}
