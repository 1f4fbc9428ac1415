using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>A program this program started: wait for it (once) or kill it.</summary>
    public sealed unsafe class ChildProcess
    {
        private readonly long _handle;
        private bool _waited;

        internal ChildProcess(string name, long handle)
        {
            Name = name;
            _handle = handle;
        }

        public string Name { get; }

        /// <summary>Blocks until the child has ended and says how. Throws if already waited for.</summary>
        public ExitStatus Wait()
        {
            if (_waited) throw new GoOSException(Status.BadHandle, "Wait for " + Name);
            ProcessExitInfo info;
            long result = KernelCall.Call(SystemCall.Wait, (ulong)_handle, (ulong)&info);
            if (result < 0) throw new GoOSException((Status)result, "Wait for " + Name);
            _waited = true;
            return new ExitStatus(info.Code, info.Reason);
        }

        /// <summary>Ends the child; false if it had already ended. Wait for it afterwards.</summary>
        public bool Kill()
        {
            if (_waited) return false;
            long result = KernelCall.Call(SystemCall.Kill, (ulong)_handle);
            if (result == (long)Status.AlreadyEnded) return false;
            if (result < 0) throw new GoOSException((Status)result, "Kill " + Name);
            return true;
        }
    }
}
