using GoOS.Abi;
using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Channels;
using GoOS.Kernel.Ipc;
using GoOS.Kernel.Memory;
using GoOS.Kernel.Processes;
using GoOS.Kernel.Scheduling;
using GoOS.Kernel.UserMode;

namespace GoOS.Kernel.Devices
{
    using Channel = GoOS.Kernel.Channels.Channel;
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>The VGA text screen handed to the console program (ABI: SystemCall.ScreenClaim):
    /// its cells are mapped into the claimant, the kernel stops drawing, and what the kernel logs
    /// goes to the claimant as lines on a kernel channel of strings (ChanOfString's message
    /// layout: a 4-byte length, then UTF-16 characters), sent without waiting (a line that finds
    /// the channel full is dropped; COM1 has it all). When the claimant ends, or the kernel
    /// panics, the kernel draws again. Interrupts off.</summary>
    internal static unsafe class ScreenClaim
    {
        private const ulong ScreenPhysical = 0xB8000;
        private const int LineCharacters = ScreenAbi.LogLineCharacters;
        private const int MessageBytes = 4 + 2 * LineCharacters, Capacity = 64;

        private static Process s_owner;
        private static Channel s_log;
        private static readonly char[] s_line = new char[LineCharacters];
        private static int s_lineLength;

        /// <summary>Whether a console program has the screen (then Forward, not VgaText, gets the log).</summary>
        public static bool Claimed => s_owner != null;

        /// <summary>ScreenClaim for process: the log channel's receive handle, or NotGranted,
        /// Busy, BadAddress, NoHandles, OutOfMemory.</summary>
        public static long Claim(Process process, ulong info)
        {
            if (process.Devices == null || !process.Devices.Screen) return (long)Status.NotGranted;
            if (s_owner != null) return (long)Status.Busy;
            if (UserMemory.CheckRange(info, (ulong)sizeof(ScreenInfo), forWriting: true) != Status.Ok) return (long)Status.BadAddress;
            long handle = KernelChannels.CreateKernelFed(process, MessageBytes, Capacity, out Channel channel);
            if (handle < 0) return handle;
            PageFlags flags = PageFlags.Present | PageFlags.User | PageFlags.Writable | PageFlags.NoExecute | PageFlags.Borrowed;
            if (KernelAddressSpace.Mapper.Map(process.AddressSpaceRoot, ScreenAbi.CellsAddress, ScreenPhysical, flags) != MemoryStatus.Ok)
            {
                KernelChannels.ReleaseKernelFed(process, handle, channel);
                return (long)Status.OutOfMemory;
            }
            var result = (ScreenInfo*)info;
            result->Cells = ScreenAbi.CellsAddress;
            result->CursorOffset = VgaText.CursorOffset;
            result->LogHandle = handle;
            s_log = channel;
            s_lineLength = 0;
            s_owner = process;
            return handle;
        }

        /// <summary>One character of the kernel log, for the claimant: lines go out whole.</summary>
        public static void Forward(char c)
        {
            s_line[s_lineLength++] = c;
            if (c == '\n' || s_lineLength == LineCharacters) Flush();
        }

        /// <summary>The screen is the kernel's again (its claimant ended, or the kernel panics).</summary>
        public static void TakeBack()
        {
            if (s_owner == null) return;
            s_owner = null;
            Channel channel = s_log;
            s_log = null;
            KernelChannels.Release(channel, ChannelRights.Send);
        }

        /// <summary>Called when a process ends: if it had the screen, the kernel takes it back.</summary>
        public static void ProcessEnded(Process process)
        {
            if (s_owner == process) TakeBack();
        }

        private static void Flush()
        {
            byte* message = stackalloc byte[MessageBytes];
            *(int*)message = s_lineLength;
            for (int i = 0; i < s_lineLength; i++) ((char*)(message + 4))[i] = s_line[i];
            s_lineLength = 0;
            var host = new KernelChannels.SchedulerHost();
            s_log.TrySend(message, ref host);
        }
    }
}
