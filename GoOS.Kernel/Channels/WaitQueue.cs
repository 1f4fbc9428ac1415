namespace GoOS.Kernel.Channels
{
    /// <summary>A FIFO of WaitCases, doubly linked through the cases themselves: enqueue, dequeue
    /// and removal from the middle (cancel, or a select completed elsewhere) are O(1) and never
    /// allocate. Its length is bounded by the number of cases of all Waiters, that is by the
    /// number of threads. Guarded by: the channel lock (interrupts off).</summary>
    internal sealed class WaitQueue
    {
        private WaitCase _head;
        private WaitCase _tail;

        public int Count { get; private set; }

        public WaitCase First => _head;

        /// <summary>Appends item, which must not be on any queue.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Enqueue(WaitCase item)
        {
            item.Queue = this;
            item.Next = null;
            item.Previous = _tail;
            if (_tail == null) _head = item;
            else _tail.Next = item;
            _tail = item;
            Count++;
        }

        /// <summary>Removes and returns the oldest case, or null when empty.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public WaitCase Dequeue()
        {
            WaitCase item = _head;
            if (item != null) Remove(item);
            return item;
        }

        /// <summary>Takes item off this queue; false (nothing changes) if it is not on it.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool Remove(WaitCase item)
        {
            if (item.Queue != this) return false;
            if (item.Previous == null) _head = item.Next;
            else item.Previous.Next = item.Next;
            if (item.Next == null) _tail = item.Previous;
            else item.Next.Previous = item.Previous;
            item.Queue = null;
            item.Previous = null;
            item.Next = null;
            Count--;
            return true;
        }
    }
}
