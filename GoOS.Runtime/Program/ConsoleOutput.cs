using GoOS;
using GoOS.Abi;

namespace GoOS.Runtime
{
    /// <summary>Text from a program to its console: the console service's channel once it is
    /// published (ConsoleService), otherwise the kernel log (COM1 and the screen) as ASCII, with
    /// characters outside ASCII written as '?'. Allocates nothing, so fault and exception
    /// reports use it too. Messages go out in chunks of ConsoleService.MessageCharacters.</summary>
    internal static unsafe class ConsoleOutput
    {
        private const int Chunk = ConsoleService.MessageCharacters;
        private const long NotFound = -1, Bypassed = -2;

        /// <summary>While the service is not found, it is looked for again at a write this many
        /// CPU ticks after the last look at most (a program that never finds one, as in the test
        /// image, makes a Lookup call now and then, not at every write).</summary>
        private const ulong LookAgainTicks = 1 << 20;

        // The console service's channel, or NotFound (look again later) or Bypassed.
        private static long s_service = NotFound;
        private static ulong s_lookedAt;
        private static bool s_looked;

        /// <summary>See ConsoleService.Bypass.</summary>
        public static void Bypass() => s_service = Bypassed;

        public static void Write(string text)
        {
            if (text == null) return;
            fixed (char* chars = text) Write(chars, text.Length);
        }

        public static void Write(char* text, int length)
        {
            if (s_service == NotFound && TimeToLook()) s_service = FindService();
            while (length > 0)
            {
                int count = length < Chunk ? length : Chunk;
                if (s_service < 0 || !SendToService(text, count)) WriteToKernelLog(text, count);
                text += count;
                length -= count;
            }
        }

        private static bool TimeToLook()
        {
            ulong now = CpuClock.Ticks;
            if (s_looked && now - s_lookedAt < LookAgainTicks) return false;
            s_looked = true;
            s_lookedAt = now;
            return true;
        }

        // The console service's channel, if it is published; NotFound otherwise. Two threads
        // that look at once may each get a handle: the second is closed.
        private static long FindService()
        {
            const string name = ConsoleService.Name;
            byte* text = stackalloc byte[name.Length];
            for (int i = 0; i < name.Length; i++) text[i] = (byte)name[i];
            long handle = KernelCall.Call(SystemCall.Lookup, (ulong)text, (ulong)name.Length, 0);
            if (handle < 0) return NotFound;
            ChannelState state;
            if (KernelCall.Call(SystemCall.ChannelInfo, (ulong)handle, (ulong)&state) < 0 || state.ElementSize != 4 + 2 * Chunk)
            {
                KernelCall.Call(SystemCall.HandleClose, (ulong)handle);
                return Bypassed;   // something else took the name
            }
            long before = System.Threading.Interlocked.CompareExchange(ref s_service, handle, NotFound);
            if (before == NotFound) return handle;
            KernelCall.Call(SystemCall.HandleClose, (ulong)handle);
            return before;
        }

        // One ChanOfString message; false (the service is gone: from now on, the kernel log) if
        // the send failed.
        private static bool SendToService(char* text, int count)
        {
            byte* message = stackalloc byte[4 + 2 * Chunk];
            *(int*)message = count;
            for (int i = 0; i < count; i++) ((char*)(message + 4))[i] = text[i];
            if (KernelCall.Call(SystemCall.ChannelSend, (ulong)s_service, (ulong)message) >= 0) return true;
            s_service = Bypassed;
            return false;
        }

        private static void WriteToKernelLog(char* text, int count)
        {
            byte* chunk = stackalloc byte[Chunk];
            for (int i = 0; i < count; i++) chunk[i] = text[i] < 128 ? (byte)text[i] : (byte)'?';
            KernelCall.Call(SystemCall.DebugWrite, (ulong)chunk, (ulong)count);
        }
    }
}
