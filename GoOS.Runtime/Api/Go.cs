using System;
using System.Runtime.InteropServices;
using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>Goroutines: Go.Run(body) runs body on a new thread of the same program, like Go's
    /// `go` statement. The thread ends when body returns; an exception body does not catch
    /// ends the whole program (as a panic does in Go). When Main returns, the program ends with
    /// every goroutine still running.</summary>
    public static unsafe class Go
    {
        // Bodies handed to threads that have not picked them up yet (kept reachable for the GC).
        private static readonly Action[] s_starting = new Action[ProcessLimits.MaximumThreads];
        private static SpinLock s_lock;

        /// <summary>Starts body on a new thread. Throws GoOSException when the kernel refuses
        /// (out of memory, or MaximumThreads threads).</summary>
        public static void Run(Action body)
        {
            if (body == null) throw new ArgumentNullException(nameof(body));
            int index = Reserve(body);
            if (index < 0) throw new GoOSException(Status.TooManyThreads, "Go.Run");
            delegate* unmanaged<ulong, void> entry = &ThreadStart;
            long result = KernelCall.Call(SystemCall.StartThread, (ulong)entry, (ulong)index);
            if (result < 0)
            {
                s_starting[index] = null;
                throw new GoOSException((Status)result, "Go.Run");
            }
        }

        /// <summary>Lets other threads run (Go's runtime.Gosched).</summary>
        public static void Yield() => KernelCall.Call(SystemCall.Yield);

        private static int Reserve(Action body)
        {
            s_lock.Enter();
            int index = -1;
            for (int i = 0; i < s_starting.Length && index < 0; i++)
                if (s_starting[i] == null) index = i;
            if (index >= 0) s_starting[index] = body;
            s_lock.Exit();
            return index;
        }

        // First code of a goroutine's thread (rdi = its index in s_starting).
        [UnmanagedCallersOnly]
        private static void ThreadStart(ulong index)
        {
            ProgramThreads.ResetCurrent();
            Action body = s_starting[index];
            s_starting[index] = null;
            body();
            KernelCall.Call(SystemCall.Exit, 0);
        }
    }
}
