namespace GoOS.Kernel.Scheduling
{
    /// <summary>The runnable threads, one FIFO per priority, linked through Thread.Next, with a
    /// bit per priority that has any. Guarded by: interrupts off. Allocation-free.</summary>
    public sealed class RunQueue
    {
        private const int Levels = (int)ThreadPriority.High + 1;
        private readonly Thread[] _heads = new Thread[Levels];
        private readonly Thread[] _tails = new Thread[Levels];
        private int _count;
        private int _occupied;   // bit p set: the queue of priority p is not empty

        public int Count => _count;

        /// <summary>Appends thread behind the others of its priority.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Enqueue(Thread thread)
        {
            int level = (int)thread.Priority;
            thread.Next = null;
            if (_tails[level] == null) _heads[level] = thread;
            else _tails[level].Next = thread;
            _tails[level] = thread;
            _occupied |= 1 << level;
            _count++;
        }

        /// <summary>Removes and returns the first thread of the highest non-empty priority, or null.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public Thread DequeueHighest()
        {
            int level = HighestWaitingPriority();
            if (level < 0) return null;
            Thread thread = _heads[level];
            Thread next = thread.Next;
            _heads[level] = next;
            if (next == null)
            {
                _tails[level] = null;
                _occupied &= ~(1 << level);
            }
            thread.Next = null;
            _count--;
            return thread;
        }

        /// <summary>The highest priority with a waiting thread, or -1 (the four priorities, Idle
        /// to High, are bits 0 to 3).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int HighestWaitingPriority()
        {
            int occupied = _occupied;
            if (occupied == 0) return -1;
            return occupied >= 8 ? 3 : occupied >= 4 ? 2 : occupied >= 2 ? 1 : 0;
        }

        /// <summary>Whether a thread of priority or higher is waiting.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool HasWaitingAtOrAbove(ThreadPriority priority) => (_occupied >> (int)priority) != 0;

        /// <summary>Takes thread out of its queue; false if it was not queued.</summary>
        public bool Remove(Thread thread)
        {
            int level = (int)thread.Priority;
            Thread previous = null;
            for (Thread current = _heads[level]; current != null; previous = current, current = current.Next)
            {
                if (current != thread) continue;
                if (previous == null) _heads[level] = current.Next;
                else previous.Next = current.Next;
                if (_tails[level] == current) _tails[level] = previous;
                if (_heads[level] == null) _occupied &= ~(1 << level);
                current.Next = null;
                _count--;
                return true;
            }
            return false;
        }
    }
}
