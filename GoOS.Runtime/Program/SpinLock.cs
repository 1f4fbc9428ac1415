using System.Threading;
using GoOS.Abi;

namespace GoOS.Runtime
{
    /// <summary>A lock for the runtime's own short critical sections (the allocator) among the
    /// threads of one program: on contention the waiter yields the CPU, so the holder (which
    /// the kernel preempted) can finish.</summary>
    internal struct SpinLock
    {
        private volatile int _held;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Enter()
        {
#pragma warning disable CS0420   // Interlocked is atomic on the volatile field
            while (Interlocked.CompareExchange(ref _held, 1, 0) != 0) KernelCall.Call(SystemCall.Yield);
#pragma warning restore CS0420
        }

        /// <summary>A plain store releases the lock: x86 keeps stores in order, and the field is
        /// volatile so the compiler does too.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Exit() => _held = 0;
    }
}
