using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>The VGA text screen, for the console program (the kernel grants it to
    /// "console"): Claim maps its cells into the program and brings the kernel log to it.</summary>
    public sealed unsafe class Screen
    {
        private Screen(ScreenInfo info)
        {
            Cells = (ushort*)info.Cells;
            CursorOffset = (int)info.CursorOffset;
            KernelLog = ChanOfString.FromHandle(info.LogHandle, ScreenAbi.LogLineCharacters);
        }

        /// <summary>The 80x25 cells: character in the low byte, colors in the high byte.</summary>
        public ushort* Cells { get; }

        /// <summary>The cell where the kernel's cursor was when it handed the screen over.</summary>
        public int CursorOffset { get; }

        /// <summary>What the kernel logs from now on, a line (or ScreenAbi.LogLineCharacters
        /// characters) a message. It has already gone to COM1.</summary>
        public ChanOfString KernelLog { get; }

        /// <summary>Takes the screen over from the kernel (see SystemCall.ScreenClaim). This
        /// program's own Console output goes to the kernel log from now on (ConsoleService.Bypass).
        /// Throws GoOSException: NotGranted, Busy.</summary>
        public static Screen Claim()
        {
            ScreenInfo info;
            long handle = KernelCall.Call(SystemCall.ScreenClaim, (ulong)&info);
            if (handle < 0) throw new GoOSException((Status)handle, "ScreenClaim");
            ConsoleService.Bypass();
            return new Screen(info);
        }
    }
}
