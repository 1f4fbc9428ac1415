namespace GoOS.Kernel.Channels
{
    public sealed unsafe partial class Channel
    {
        /// <summary>Closes the channel: every waiting receiver gets zeros and Closed, every waiting
        /// sender Closed (its message not delivered), each woken through host; the ring keeps its
        /// messages for later receivers. AlreadyClosed (nothing changes) the second time.</summary>
        public ChannelStatus Close<THost>(ref THost host) where THost : struct, IWaitHost
        {
            if (_closed) return ChannelStatus.AlreadyClosed;
            _closed = true;
            WaitCase item;
            while ((item = _receivers.Dequeue()) != null)
            {
                ZeroMessage(item.Data);
                item.Waiter.Complete(item, ChannelStatus.Closed, null, ref host);
            }
            while ((item = _senders.Dequeue()) != null) item.Waiter.Complete(item, ChannelStatus.Closed, null, ref host);
            return ChannelStatus.Ok;
        }

        /// <summary>Counts a new handle holding rights (its Send and Receive bits). The kernel
        /// calls it when it creates, duplicates or receives a handle to this channel.</summary>
        public void AddHolder(ChannelRights rights)
        {
            if ((rights & ChannelRights.Send) != 0) _sendHolders++;
            if ((rights & ChannelRights.Receive) != 0) _receiveHolders++;
        }

        /// <summary>Uncounts a handle holding rights (closed, or its process died) and applies the
        /// peer-death rule: when the last Send or the last Receive holder goes, the channel is
        /// closed (see the class comment). BadArgument, and nothing changes, if a count would go
        /// below zero.</summary>
        public ChannelStatus RemoveHolder<THost>(ChannelRights rights, ref THost host) where THost : struct, IWaitHost
        {
            bool send = (rights & ChannelRights.Send) != 0, receive = (rights & ChannelRights.Receive) != 0;
            if ((send && _sendHolders == 0) || (receive && _receiveHolders == 0)) return ChannelStatus.BadArgument;
            if (send) _sendHolders--;
            if (receive) _receiveHolders--;
            bool lastGone = (send && _sendHolders == 0) || (receive && _receiveHolders == 0);
            if (lastGone && !_closed) Close(ref host);
            return ChannelStatus.Ok;
        }
    }
}
