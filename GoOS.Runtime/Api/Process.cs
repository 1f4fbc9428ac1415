using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>Programs starting programs: Start by name with arguments, then Wait for or Kill
    /// the child; the list of running processes; the caller's own id and exit.</summary>
    public static unsafe class Process
    {
        /// <summary>Starts the program called name (as packed in the image, e.g. "hello") with
        /// args. Throws GoOSException if there is no such program, its image is invalid, memory
        /// or handles ran out.</summary>
        public static ChildProcess Start(string name, params string[] args) => Start(name, args, null);

        /// <summary>Start, passing channels: the child finds them as its handles 0, 1, ... (e.g.
        /// Chan&lt;int&gt;.FromHandle(0)); it gets handles of its own to the same channels.</summary>
        public static ChildProcess Start(string name, string[] args, params Channel[] channels)
        {
            if (name == null) throw new System.ArgumentNullException(nameof(name));
            int total = 0;
            if (args != null) for (int i = 0; i < args.Length; i++) total += args[i].Length + 1;
            if (name.Length > (int)ProcessLimits.MaximumNameBytes || total > (int)ProcessLimits.MaximumArgumentBytes)
                throw new GoOSException(Status.BadLength, "Process.Start " + name);
            byte* nameBytes = stackalloc byte[name.Length + 1];
            for (int i = 0; i < name.Length; i++) nameBytes[i] = Ascii(name[i]);
            byte* argumentBytes = stackalloc byte[total + 1];
            int at = 0;
            if (args != null)
                for (int i = 0; i < args.Length; i++)
                {
                    for (int c = 0; c < args[i].Length; c++) argumentBytes[at++] = Ascii(args[i][c]);
                    argumentBytes[at++] = 0;
                }
            int channelCount = channels == null ? 0 : channels.Length;
            long* handles = stackalloc long[channelCount + 1];
            for (int i = 0; i < channelCount; i++) handles[i] = channels[i].Handle;
            long handle = KernelCall.Call(SystemCall.Spawn, (ulong)nameBytes, (ulong)name.Length, (ulong)argumentBytes, (ulong)total, (ulong)handles, (ulong)channelCount);
            if (handle < 0) throw new GoOSException((Status)handle, "Process.Start " + name);
            return new ChildProcess(name, handle);
        }

        /// <summary>The calling program's process id.</summary>
        public static long Id => KernelCall.Call(SystemCall.GetProcessId);

        /// <summary>Ends the calling program (every goroutine) with code.</summary>
        public static void Exit(int code) => ProgramRuntime.ExitProcess(code, ExitReason.Normal);

        /// <summary>The running processes.</summary>
        public static ProcessStatus[] List()
        {
            const int Capacity = 256;
            ProcessInfo* entries = stackalloc ProcessInfo[Capacity];
            long count = KernelCall.Call(SystemCall.ListProcesses, (ulong)entries, Capacity);
            if (count < 0) throw new GoOSException((Status)count, "Process.List");
            if (count > Capacity) count = Capacity;
            var result = new ProcessStatus[count];
            for (int i = 0; i < count; i++) result[i] = new ProcessStatus(entries + i);
            return result;
        }

        private static byte Ascii(char c) => c < 128 && c != 0 ? (byte)c : (byte)'?';
    }
}
