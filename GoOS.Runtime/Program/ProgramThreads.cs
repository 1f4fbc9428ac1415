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

        // Each thread's wait records for user-space channels (LocalChannel), reused from wait to
        // wait: a thread waits on one thing at a time, and every record is off every queue when
        // its wait ends. Index 0 serves single operations, 1.. the cases of a select.
        private static readonly Parking[][] s_records = new Parking[ProcessLimits.MaximumThreads][];
        private static readonly ParkingGroup[] s_groups = new ParkingGroup[ProcessLimits.MaximumThreads];

        public static void Initialize() => ExceptionDispatcher.UsePerThreadState(&ExceptionStateSlot);

        /// <summary>The calling thread's wait outcome, made ready for a new wait.</summary>
        public static ParkingGroup WaitGroup()
        {
            int slot = CurrentSlot;
            ParkingGroup group = s_groups[slot] ??= new ParkingGroup();
            group.State = Parking.Waiting;
            group.ChosenCase = -1;
            return group;
        }

        /// <summary>The calling thread's wait record number index (0 ≤ index ≤ 64).</summary>
        public static Parking WaitRecord(int index)
        {
            Parking[] records = s_records[CurrentSlot] ??= new Parking[65];
            return records[index] ??= new Parking();
        }

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
