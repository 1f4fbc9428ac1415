using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>Device interrupts, for driver programs: the kernel forwards an IRQ line it
    /// granted the program (DeviceGrants) as messages on a channel.</summary>
    public static class Irq
    {
        /// <summary>Claims legacy IRQ line (0-15): every interrupt then sends the line's count of
        /// interrupts so far on the returned channel (a message that finds it full, 64 waiting,
        /// is dropped; the next count shows it). Throws GoOSException: NotGranted, Busy.</summary>
        public static Chan<long> Claim(int line)
        {
            long handle = KernelCall.Call(SystemCall.IrqClaim, (ulong)line);
            if (handle < 0) throw new GoOSException((Status)handle, "IrqClaim");
            return Chan<long>.FromHandle(handle);
        }
    }
}
