namespace GoOS.Kernel.Channels
{
    public sealed unsafe partial class Channel
    {
        /// <summary>Whether a receive would complete now (Ok or Closed) rather than wait.</summary>
        internal bool CanReceive => _count > 0 || _senders.Count > 0 || _closed;

        /// <summary>Receives into destination (ElementSize bytes) without waiting: Ok (the oldest
        /// message), Closed (closed and drained: zeros written, Go's ok == false) or NotReady
        /// (nothing changed). destination may be null only when ElementSize is 0.</summary>
        public ChannelStatus TryReceive<THost>(byte* destination, ref THost host) where THost : struct, IWaitHost
        {
            if (destination == null && ElementSize != 0) return ChannelStatus.BadArgument;
            return ReceiveNow(destination, ref host);
        }

        /// <summary>Receives into destination, or enqueues waiter to receive into it later
        /// (WouldBlock: destination must stay valid kernel memory until the wait ends; the result
        /// is then waiter.Status, Ok or Closed). Ok and Closed as for TryReceive; Busy if waiter
        /// is already waiting.</summary>
        public ChannelStatus Receive<THost>(Waiter waiter, byte* destination, ref THost host) where THost : struct, IWaitHost
        {
            if (waiter == null || (destination == null && ElementSize != 0)) return ChannelStatus.BadArgument;
            if (waiter.State == WaiterState.Waiting) return ChannelStatus.Busy;
            WaitCase item = waiter.BeginSingle(WaitKind.Receive, this, destination);
            ChannelStatus status = ReceiveNow(destination, ref host);
            if (status != ChannelStatus.NotReady)
            {
                waiter.FinishWithoutWaiting(0, status);
                return status;
            }
            _receivers.Enqueue(item);
            waiter.StartWaiting();
            return ChannelStatus.WouldBlock;
        }

        /// <summary>The non-blocking core of every receive (Receive, TryReceive, select).</summary>
        internal ChannelStatus ReceiveNow<THost>(byte* destination, ref THost host) where THost : struct, IWaitHost
        {
            if (_count > 0)
            {
                WaitCase sender = _senders.Dequeue();
                fixed (byte* ring = _buffer)
                {
                    byte* oldest = ring + _head * ElementSize;
                    CopyMessage(destination, oldest);
                    // Senders wait only while the ring is full: the oldest one's message takes the
                    // slot just freed, which is the ring's new tail.
                    if (sender != null) CopyMessage(oldest, sender.Data);
                }
                _head = RingIndex(1);
                if (sender != null) sender.Waiter.Complete(sender, ChannelStatus.Ok, null, ref host);
                else _count--;
                return ChannelStatus.Ok;
            }
            WaitCase partner = _senders.Dequeue();
            if (partner != null)
            {
                CopyMessage(destination, partner.Data);
                partner.Waiter.Complete(partner, ChannelStatus.Ok, null, ref host);
                return ChannelStatus.Ok;
            }
            if (!_closed) return ChannelStatus.NotReady;
            ZeroMessage(destination);
            return ChannelStatus.Closed;
        }
    }
}
