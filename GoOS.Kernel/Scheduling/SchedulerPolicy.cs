namespace GoOS.Kernel.Scheduling
{
    /// <summary>Which thread runs next: the highest-priority runnable thread, round-robin among
    /// equals, each for a time slice of SliceTicks timer ticks; sleepers become runnable at their
    /// deadline; the idle thread runs when nothing else can. Pure policy: it never touches the
    /// CPU, so the kernel and the host tests drive it alike. Guarded by: interrupts off.</summary>
    public sealed class SchedulerPolicy
    {
        public const int SliceTicks = 4;

        private readonly RunQueue _ready = new RunQueue();
        private readonly Thread _idle;
        private Thread _sleepers;   // sorted by WakeAtNanoseconds, linked through Next

        /// <summary>Starts with 'first' on the CPU and 'idle' as the fallback.</summary>
        public SchedulerPolicy(Thread first, Thread idle)
        {
            _idle = idle;
            Current = first;
            first.State = ThreadState.Running;
            first.SliceTicksLeft = SliceTicks;
            if (idle != first) idle.State = ThreadState.Runnable;
        }

        public Thread Current { get; private set; }

        public int ReadyCount => _ready.Count;

        /// <summary>Makes a created, blocked or sleeping thread runnable (a wake-up). Returns whether
        /// it should preempt the current thread (it has a higher priority).</summary>
        public bool MakeRunnable(Thread thread)
        {
            if (thread.State == ThreadState.Sleeping) RemoveSleeper(thread);
            if (thread.State == ThreadState.Runnable || thread.State == ThreadState.Running || thread.State == ThreadState.Exited) return false;
            thread.State = ThreadState.Runnable;
            _ready.Enqueue(thread);
            return thread.Priority > Current.Priority;
        }

        /// <summary>Ends a thread that is not running: takes it out of the run queue or the sleep
        /// list and marks it Exited. Returns false for the current thread (it must end itself).</summary>
        public bool Remove(Thread thread)
        {
            if (thread == Current || thread == _idle || thread.State == ThreadState.Exited) return false;
            if (thread.State == ThreadState.Runnable) _ready.Remove(thread);
            else if (thread.State == ThreadState.Sleeping) RemoveSleeper(thread);
            thread.State = ThreadState.Exited;
            return true;
        }

        /// <summary>A timer tick at monotonic time 'now': charges the current thread, wakes due
        /// sleepers, and returns whether the current thread should give up the CPU.</summary>
        public bool Tick(ulong now)
        {
            Thread current = Current;
            current.TicksRun++;
            WakeSleepers(now);
            if (current == _idle) return _ready.Count > 0;
            if (current.SliceTicksLeft > 0) current.SliceTicksLeft--;
            int waiting = _ready.HighestWaitingPriority();
            if (waiting > (int)current.Priority) return true;
            return waiting == (int)current.Priority && current.SliceTicksLeft == 0;
        }

        /// <summary>Takes the current thread off the CPU, leaving it in 'newState' (Runnable puts
        /// it at the back of its queue; Sleeping until 'wakeAt'; Blocked or Exited until someone
        /// acts), and returns the thread to switch to (possibly the same one).</summary>
        public Thread SwitchAway(ThreadState newState, ulong wakeAt = 0)
        {
            Thread previous = Current;
            if (previous != _idle)
            {
                previous.State = newState;
                if (newState == ThreadState.Runnable) _ready.Enqueue(previous);
                else if (newState == ThreadState.Sleeping) AddSleeper(previous, wakeAt);
            }
            else previous.State = ThreadState.Runnable;

            Thread next = _ready.DequeueHighest() ?? _idle;
            next.State = ThreadState.Running;
            next.SliceTicksLeft = SliceTicks;
            Current = next;
            return next;
        }

        /// <summary>Blocks the current thread and makes woken (a blocked thread) current at once,
        /// when that is what a wake-up and a switch would do anyway: no other runnable thread has
        /// woken's priority or more, and the current one has no more. Returns false (nothing
        /// changed) otherwise.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool TryHandOff(Thread woken)
        {
            Thread previous = Current;
            if (previous == _idle || woken.State != ThreadState.Blocked) return false;
            if (woken.Priority < previous.Priority || _ready.HasWaitingAtOrAbove(woken.Priority)) return false;
            previous.State = ThreadState.Blocked;
            woken.State = ThreadState.Running;
            woken.SliceTicksLeft = SliceTicks;
            Current = woken;
            return true;
        }

        /// <summary>The earliest deadline among sleepers, or ulong.MaxValue.</summary>
        public ulong NextWakeUp
        {
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            get
            {
                Thread first = _sleepers;
                return first != null ? first.WakeAtNanoseconds : ulong.MaxValue;
            }
        }

        private void AddSleeper(Thread thread, ulong wakeAt)
        {
            thread.WakeAtNanoseconds = wakeAt;
            if (_sleepers == null || wakeAt < _sleepers.WakeAtNanoseconds)
            {
                thread.Next = _sleepers;
                _sleepers = thread;
                return;
            }
            Thread after = _sleepers;
            while (after.Next != null && after.Next.WakeAtNanoseconds <= wakeAt) after = after.Next;
            thread.Next = after.Next;
            after.Next = thread;
        }

        private void RemoveSleeper(Thread thread)
        {
            if (_sleepers == thread) { _sleepers = thread.Next; thread.Next = null; return; }
            for (Thread previous = _sleepers; previous != null; previous = previous.Next)
            {
                if (previous.Next != thread) continue;
                previous.Next = thread.Next;
                thread.Next = null;
                return;
            }
        }

        /// <summary>Moves every sleeper whose deadline is at or before 'now' to the run queue.</summary>
        public void WakeSleepers(ulong now)
        {
            while (_sleepers != null && _sleepers.WakeAtNanoseconds <= now)
            {
                Thread thread = _sleepers;
                _sleepers = thread.Next;
                thread.Next = null;
                thread.State = ThreadState.Runnable;
                _ready.Enqueue(thread);
            }
        }
    }
}
