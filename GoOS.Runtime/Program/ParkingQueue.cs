using System.Runtime.CompilerServices;

namespace GoOS.Runtime
{
    /// <summary>A FIFO of Parking records (the waiting senders or receivers of a LocalChannel),
    /// linked through the records. Guarded by: the channel's lock.</summary>
    internal struct ParkingQueue
    {
        private Parking _head, _tail;

        public bool IsEmpty => _head == null;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Enqueue(Parking record)
        {
            Parking tail = _tail;
            record.Previous = tail;
            if (tail == null) _head = record;
            else tail.Next = record;
            _tail = record;
        }

        /// <summary>Takes record off the queue if it is on it (a select's record on a channel
        /// that did not complete it). Every record off a queue has null links.</summary>
        public void Remove(Parking record)
        {
            if (record.Previous == null && _head != record) return;   // not queued here
            if (record.Previous != null) record.Previous.Next = record.Next;
            else _head = record.Next;
            if (record.Next != null) record.Next.Previous = record.Previous;
            else _tail = record.Previous;
            record.Next = record.Previous = null;
        }

        /// <summary>The oldest record whose wait can still be claimed (records of selects that
        /// ended elsewhere are dropped on the way), taken off the queue; or null.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Parking DequeueWaiting()
        {
            Parking record = _head;
            while (record != null)
            {
                Parking next = record.Next;
                _head = next;
                if (next == null) _tail = null;
                else
                {
                    next.Previous = null;
                    record.Next = null;
                }
                if (record.Group.State == Parking.Waiting) return record;
                record = next;
            }
            return null;
        }

        /// <summary>Takes every record off the queue, returning the first (linked through Next;
        /// the caller unlinks each).</summary>
        public Parking TakeAll()
        {
            Parking all = _head;
            _head = _tail = null;
            return all;
        }
    }
}
