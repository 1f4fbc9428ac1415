using System.Threading;
using GoOS.Abi;

namespace GoOS.Runtime
{
    /// <summary>One goroutine's wait on a channel of its own program (LocalChannel): what it
    /// offers or wants (Data), and how the wait ended. A select enqueues one record per case,
    /// all sharing Group; the first channel to complete one of them claims the group. Records
    /// are per wait (allocated on the collected heap); the waker sets State, then unparks.</summary>
    internal sealed unsafe class Parking
    {
        public const int Waiting = 0, Done = 1, Closed = 2, Retry = 3;

        /// <summary>Stack slot of the waiting thread (ThreadUnpark's argument).</summary>
        public int ThreadSlot;
        /// <summary>The value to send, or where a received one goes (on the waiter's stack).</summary>
        public byte* Data;
        public LocalChannel Channel;
        /// <summary>The case number in a select.</summary>
        public int Case;
        public Parking Next, Previous;
        /// <summary>Shared by the records of one wait; its State says whether and how it ended.</summary>
        public ParkingGroup Group;
    }

    /// <summary>The outcome of one wait (one operation or one select).</summary>
    internal sealed class ParkingGroup
    {
        public volatile int State;          // Parking.Waiting until claimed
        public int ChosenCase = -1;

        /// <summary>Claims the wait for one outcome; false if another channel did already.
        /// Called with that channel's lock held.</summary>
        public bool TryClaim(int state, int chosenCase)
        {
#pragma warning disable CS0420   // Interlocked is atomic on the volatile field
            if (Interlocked.CompareExchange(ref State, state, Parking.Waiting) != Parking.Waiting) return false;
#pragma warning restore CS0420
            ChosenCase = chosenCase;
            return true;
        }

        /// <summary>Parks the calling thread until the wait ended.</summary>
        public void WaitUntilClaimed()
        {
            while (State == Parking.Waiting) KernelCall.Call(SystemCall.ThreadPark);
        }
    }
}
