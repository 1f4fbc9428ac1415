namespace GoOS.Kernel.Channels
{
    /// <summary>Where a Waiter is in its life: Idle → (Waiting →) Completed or Cancelled →
    /// reused by the next operation.</summary>
    public enum WaiterState
    {
        /// <summary>Never used, or being filled with cases (Waiter.BeginSelect).</summary>
        Idle,
        /// <summary>Its cases are enqueued on channel or registry wait queues; its thread blocks.</summary>
        Waiting,
        /// <summary>Exactly one case completed (SelectedCase, Status); no case is enqueued.</summary>
        Completed,
        /// <summary>Waiter.Cancel took it off every queue before anything completed it.</summary>
        Cancelled,
    }
}
