namespace GoOS.Kernel.Channels
{
    /// <summary>The blocking seam. Channels never block: an operation that cannot complete
    /// enqueues the caller's Waiter and returns WouldBlock; whoever later completes that Waiter
    /// (a send, receive, close, publish or holder removal by another thread) calls Wake once.
    /// The kernel passes a struct whose Wake makes the Waiter's thread runnable
    /// (Scheduler.Wake((Thread)waiter.Owner)); host tests pass one that records or signals.
    /// Wake is called with the channel lock held (interrupts off) and must not call back into
    /// channels, the registry or any Waiter.</summary>
    public interface IWaitHost
    {
        void Wake(Waiter waiter);
    }
}
