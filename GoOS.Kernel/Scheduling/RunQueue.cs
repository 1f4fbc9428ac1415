namespace GoOS.Kernel.Scheduling
{
    /// <summary>The runnable threads, one FIFO per priority, linked through Thread.Next.
    /// Guarded by: interrupts off. Allocation-free.</summary>
    public sealed class RunQueue
    {
        private const int Levels = (int)ThreadPriority.High + 1;
        private readonly Thread[] _heads = new Thread[Levels];
        private readonly Thread[] _tails = new Thread[Levels];
        private int _count;

        public int Count => _count;

        /// <summary>Appends thread behind the others of its priority.</summary>
        public void Enqueue(Thread thread)
        {
            int level = (int)thread.Priority;
            thread.Next = null;
            if (_tails[level] == null) _heads[level] = thread;
            else _tails[level].Next = thread;
            _tails[level] = thread;
            _count++;
        }

        /// <summary>Removes and returns the first thread of the highest non-empty priority, or null.</summary>
        public Thread DequeueHighest()
        {
            for (int level = Levels - 1; level >= 0; level--)
            {
                Thread thread = _heads[level];
                if (thread == null) continue;
                _heads[level] = thread.Next;
                if (_heads[level] == null) _tails[level] = null;
                thread.Next = null;
                _count--;
                return thread;
            }
            return null;
        }

        /// <summary>The highest priority with a waiting thread, or -1.</summary>
        public int HighestWaitingPriority()
        {
            for (int level = Levels - 1; level >= 0; level--)
                if (_heads[level] != null) return level;
            return -1;
        }

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
                current.Next = null;
                _count--;
                return true;
            }
            return false;
        }
    }
}
