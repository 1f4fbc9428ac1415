namespace GoOS.Kernel.Channels
{
    public sealed unsafe partial class Channel
    {
        /// <summary>Whether a send would complete now (Ok or Closed) rather than wait.</summary>
        internal bool CanSend => _closed || _receivers.Count > 0 || _count < Capacity;

        /// <summary>Sends ElementSize bytes at message without waiting: Ok (handed to the oldest
        /// waiting receiver, who is woken, or appended to the ring), Closed (not delivered), or
        /// NotReady (nothing changed). message may be null only when ElementSize is 0.</summary>
        public ChannelStatus TrySend<THost>(byte* message, ref THost host) where THost : struct, IWaitHost
        {
            if (message == null && ElementSize != 0) return ChannelStatus.BadArgument;
            return SendNow(message, ref host);
        }

        /// <summary>Sends ElementSize bytes at message, or enqueues waiter to send them later
        /// (WouldBlock: message must stay valid kernel memory until the wait ends; the result is
        /// then waiter.Status, Ok or Closed). Ok and Closed as for TrySend; Busy if waiter is
        /// already waiting; BadArgument for a null message.</summary>
        public ChannelStatus Send<THost>(Waiter waiter, byte* message, ref THost host) where THost : struct, IWaitHost
        {
            if (waiter == null || (message == null && ElementSize != 0)) return ChannelStatus.BadArgument;
            if (waiter.State == WaiterState.Waiting) return ChannelStatus.Busy;
            WaitCase item = waiter.BeginSingle(WaitKind.Send, this, message);
            ChannelStatus status = SendNow(message, ref host);
            if (status != ChannelStatus.NotReady)
            {
                waiter.FinishWithoutWaiting(0, status);
                return status;
            }
            _senders.Enqueue(item);
            waiter.StartWaiting();
            return ChannelStatus.WouldBlock;
        }

        /// <summary>The non-blocking core of every send (Send, TrySend, select).</summary>
        internal ChannelStatus SendNow<THost>(byte* message, ref THost host) where THost : struct, IWaitHost
        {
            if (_closed) return ChannelStatus.Closed;
            WaitCase receiver = _receivers.Dequeue();
            if (receiver != null)
            {
                // A receiver waits only while the ring is empty, so this keeps FIFO order.
                CopyMessage(receiver.Data, message);
                receiver.Waiter.Complete(receiver, ChannelStatus.Ok, null, ref host);
                return ChannelStatus.Ok;
            }
            if (_count == Capacity) return ChannelStatus.NotReady;
            fixed (byte* ring = _buffer) CopyMessage(ring + RingIndex(_count) * ElementSize, message);
            _count++;
            return ChannelStatus.Ok;
        }
    }
}
