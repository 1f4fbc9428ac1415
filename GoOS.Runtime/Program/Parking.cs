using System.Runtime.CompilerServices;
using System.Threading;
using GoOS.Abi;

namespace GoOS.Runtime
{
    /// <summary>One goroutine's wait on a channel of its own program (LocalChannel): what it
    /// offers or wants (Data), and how the wait ended. A select enqueues one record per case,
    /// all sharing Group; the first channel to complete one of them claims the group. Each
    /// thread reuses its own records (ThreadWaits); the waker claims the group, then unparks.</summary>
    internal sealed unsafe class Parking
    {
        public const int Waiting = 0, Done = 1, Closed = 2, Retry = 3;

        public Parking(int threadSlot, ParkingGroup group)
        {
            ThreadSlot = threadSlot;
            Group = group;
        }

        /// <summary>Stack slot of the waiting thread (ThreadUnpark's argument).</summary>
        public readonly int ThreadSlot;
        /// <summary>Shared by the records of one thread; its State says whether and how the wait ended.</summary>
        public readonly ParkingGroup Group;
        /// <summary>The value to send, or where a received one goes (on the waiter's stack).</summary>
        public byte* Data;
        /// <summary>The case number in a select.</summary>
        public int Case;
        public Parking Next, Previous;
    }

    /// <summary>The outcome of one wait (one operation or one select) of one thread.</summary>
    internal sealed class ParkingGroup
    {
        public volatile int State;          // Parking.Waiting until claimed
        public int ChosenCase = -1;

        /// <summary>Claims the wait for one outcome; false if another channel did already.
        /// Called with that channel's lock held.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryClaim(int state, int chosenCase)
        {
#pragma warning disable CS0420   // Interlocked is atomic on the volatile field
            if (Interlocked.CompareExchange(ref State, state, Parking.Waiting) != Parking.Waiting) return false;
#pragma warning restore CS0420
            ChosenCase = chosenCase;
            return true;
        }

        /// <summary>Parks the calling thread until the wait ended.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WaitUntilClaimed()
        {
            while (State == Parking.Waiting) KernelCall.Call(SystemCall.ThreadPark);
        }
    }
}
