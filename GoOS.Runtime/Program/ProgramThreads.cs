using GoOS.Abi;
using Internal.Runtime.Exceptions;

namespace GoOS.Runtime
{
    /// <summary>What the runtime keeps per thread of a program. A thread's slot (0 = main) is
    /// known from its stack pointer alone (ProcessLimits: stack slots are fixed), so no system
    /// call and no thread-local storage is needed to find it.</summary>
    internal static unsafe class ProgramThreads
    {
        private struct Words
        {
            public fixed ulong Values[ProcessLimits.MaximumThreads];
        }

        // The exception dispatcher's per-thread word (ExceptionDispatcher.UsePerThreadState).
        private static Words s_exceptionState;

        public static void Initialize() => ExceptionDispatcher.UsePerThreadState(&ExceptionStateSlot);

        /// <summary>The calling thread's slot, from the address of one of its locals.</summary>
        public static int CurrentSlot
        {
            get
            {
                ulong local = 0;
                ulong address = (ulong)&local;
                return (int)((ProcessLimits.StackTop - 1 - address) / ProcessLimits.StackSlotBytes);
            }
        }

        /// <summary>Clears a new thread's words before it runs managed code that may throw.</summary>
        public static void ResetCurrent()
        {
            fixed (ulong* values = s_exceptionState.Values) values[CurrentSlot] = 0;
        }

        private static void** ExceptionStateSlot()
        {
            fixed (ulong* values = s_exceptionState.Values) return (void**)(values + CurrentSlot);
        }
    }
}
