using System.Threading;
using GoOS.Abi;

namespace GoOS.Runtime
{
    /// <summary>A lock for the runtime's own short critical sections (the allocator) among the
    /// threads of one program: on contention the waiter yields the CPU, so the holder (which
    /// the kernel preempted) can finish.</summary>
    internal struct SpinLock
    {
        private int _held;

        public void Enter()
        {
            while (Interlocked.CompareExchange(ref _held, 1, 0) != 0) KernelCall.Call(SystemCall.Yield);
        }

        public void Exit() => Interlocked.Exchange(ref _held, 0);
    }
}
