using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>Halting and restarting the machine, for the system's own programs (init and
    /// the programs it started, e.g. the shell).</summary>
    public static class Machine
    {
        /// <summary>Stops the machine. Throws GoOSException (NotGranted) for other programs.</summary>
        public static void Halt() => Power(PowerAction.Halt);

        /// <summary>Resets the machine. Throws GoOSException (NotGranted) for other programs.</summary>
        public static void Restart() => Power(PowerAction.Restart);

        private static void Power(PowerAction action)
        {
            long status = KernelCall.Call(SystemCall.Power, (ulong)action);
            throw new GoOSException((Status)status, action == PowerAction.Halt ? "halt" : "reboot");
        }
    }
}
