namespace GoOS.Runtime
{
    /// <summary>A FIFO of Parking records (the waiting senders or receivers of a LocalChannel),
    /// linked through the records. Guarded by: the channel's lock.</summary>
    internal struct ParkingQueue
    {
        private Parking _head, _tail;

        public bool IsEmpty => _head == null;

        public void Enqueue(Parking record)
        {
            record.Next = null;
            record.Previous = _tail;
            if (_tail == null) _head = record;
            else _tail.Next = record;
            _tail = record;
        }

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
        public Parking DequeueWaiting()
        {
            while (_head != null)
            {
                Parking record = _head;
                Remove(record);
                if (record.Group.State == Parking.Waiting) return record;
            }
            return null;
        }

        /// <summary>Takes every record off the queue, returning the first (linked through Next).</summary>
        public Parking TakeAll()
        {
            Parking all = _head;
            _head = _tail = null;
            return all;
        }
    }
}
