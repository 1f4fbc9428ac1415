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

        // Each thread's waits on user-space channels (LocalChannel), reused from wait to wait: a
        // thread waits on one thing at a time, and every record is off every queue when its wait
        // ends. Written only by the thread itself.
        // Made by InitializeWaits, not by a static constructor, so that the wait path checks for none.
        private static ThreadWaits[] s_waits;

        public static void Initialize() => ExceptionDispatcher.UsePerThreadState(&ExceptionStateSlot);

        /// <summary>Makes the table of wait states; called once the heap and the statics are there.</summary>
        public static void InitializeWaits() => s_waits = new ThreadWaits[ProcessLimits.MaximumThreads];

        /// <summary>The calling thread's wait state, its outcome made ready for a new wait.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static ThreadWaits BeginWait()
        {
            int slot = CurrentSlot;
            ThreadWaits waits = s_waits[slot] ?? NewWaits(slot);
            ParkingGroup group = waits.Group;
            group.State = Parking.Waiting;
            group.ChosenCase = -1;
            return waits;
        }

        private static ThreadWaits NewWaits(int slot) => s_waits[slot] = new ThreadWaits(slot);

        /// <summary>The calling thread's slot, from the address of one of its locals.</summary>
        public static int CurrentSlot
        {
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
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
