using GoOS.Abi;
using GoOS.Kernel.Scheduling;

namespace GoOS.Kernel.Processes
{
    /// <summary>Processes the kernel itself starts (init, and the boot tests' programs): spawn
    /// by name with arguments given as C# strings, wait, kill. Called from kernel threads with
    /// interrupts off.</summary>
    public static unsafe class KernelProcesses
    {
        /// <summary>Starts program 'name' with the space-separated words of 'arguments' as its
        /// arguments. Returns the process (held for Wait unless detach), or null with the reason.</summary>
        public static Process Start(string name, string arguments, out Status status, bool detach = false)
        {
            int nameLength = name.Length;
            int argumentsLength = arguments == null ? 0 : arguments.Length;
            if (nameLength == 0 || nameLength > (int)ProcessLimits.MaximumNameBytes || argumentsLength > (int)ProcessLimits.MaximumArgumentBytes)
            {
                status = Status.BadLength;
                return null;
            }
            byte* nameBytes = stackalloc byte[nameLength];
            for (int i = 0; i < nameLength; i++) nameBytes[i] = (byte)name[i];
            byte* argumentBytes = stackalloc byte[argumentsLength + 1];
            for (int i = 0; i < argumentsLength; i++) argumentBytes[i] = arguments[i] == ' ' ? (byte)0 : (byte)arguments[i];
            Process process = ProcessTable.Spawn(null, nameBytes, nameLength, argumentBytes, argumentsLength, out status);
            if (process != null) process.HeldByKernel = !detach;
            return process;
        }

        /// <summary>Blocks until a process Start returned (not detached) has ended; reports how
        /// and gives the process up (its object serves new processes afterwards).</summary>
        public static ProcessExitInfo Wait(Process process)
        {
            while (process.State != ProcessState.Ended)
            {
                process.Waiter = Scheduler.Current;
                Scheduler.Block();
            }
            var info = new ProcessExitInfo { Code = process.ExitCode, Reason = process.ExitReason };
            ProcessTable.Forget(process);
            return info;
        }

        /// <summary>Ends a running process as killed; false if it had already ended.</summary>
        public static bool Kill(Process process)
        {
            if (process.State != ProcessState.Running) return false;
            return ProcessTable.End(process, -1, ExitReason.Killed);
        }

        /// <summary>Processes in the table (running, ending, or ended and not yet waited for).</summary>
        public static int Count => ProcessTable.Count;
    }
}
