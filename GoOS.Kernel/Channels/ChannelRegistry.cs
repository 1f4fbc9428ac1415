using System;

namespace GoOS.Kernel.Channels
{
    /// <summary>The kernel-wide table of published channels: up to Capacity names, each mapped to
    /// a channel and the id of the process that published it, stored in arrays allocated with
    /// the registry (entries kept dense: 0..Count-1). A name dies with its publisher
    /// (RemoveAllOf). Lookups may wait for a name through a Waiter, completed by the Publish of
    /// that name; the kernel cancels the Waiter when its time limit passes. The registry does not
    /// count as a holder of the channels it lists (Channel.AddHolder): a published channel lives
    /// as long as its handles do. Guarded by: the channel lock (interrupts off).</summary>
    public sealed unsafe class ChannelRegistry
    {
        public const int DefaultCapacity = 256;

        private readonly ChannelName[] _names;
        private readonly Channel[] _channels;
        private readonly int[] _publishers;
        private int _count;
        private readonly WaitQueue _lookups = new WaitQueue();   // Lookup cases, one per waiting thread

        /// <summary>An empty registry of capacity names (at least 1). Allocates.</summary>
        public ChannelRegistry(int capacity = DefaultCapacity)
        {
            if (capacity < 1) capacity = 1;
            _names = new ChannelName[capacity];
            _channels = new Channel[capacity];
            _publishers = new int[capacity];
        }

        public int Capacity => _names.Length;

        /// <summary>Names published now.</summary>
        public int Count => _count;

        /// <summary>Lookups waiting for a name.</summary>
        public int WaitingLookups => _lookups.Count;

        /// <summary>Publishes channel under name for process publisherId, then completes every
        /// lookup waiting for that name (waking its thread through host). BadName, BadArgument
        /// (null channel), NameTaken or RegistryFull change nothing.</summary>
        public ChannelStatus Publish<THost>(ReadOnlySpan<byte> name, Channel channel, int publisherId, ref THost host)
            where THost : struct, IWaitHost
        {
            if (!ChannelName.TryCreate(name, out ChannelName key)) return ChannelStatus.BadName;
            if (channel == null) return ChannelStatus.BadArgument;
            if (IndexOf(key) >= 0) return ChannelStatus.NameTaken;
            if (_count == _names.Length) return ChannelStatus.RegistryFull;
            _names[_count] = key;
            _channels[_count] = channel;
            _publishers[_count] = publisherId;
            _count++;

            WaitCase item = _lookups.First;
            while (item != null)
            {
                // A lookup Waiter has exactly one case, so completing it removes only item.
                WaitCase next = item.Next;
                if (item.Name.SameAs(key))
                {
                    _lookups.Remove(item);
                    item.Waiter.Complete(item, ChannelStatus.Ok, channel, ref host);
                }
                item = next;
            }
            return ChannelStatus.Ok;
        }

        /// <summary>The channel published under name: Ok, NotFound or BadName (channel null).</summary>
        public ChannelStatus Lookup(ReadOnlySpan<byte> name, out Channel channel)
        {
            channel = null;
            if (!ChannelName.TryCreate(name, out ChannelName key)) return ChannelStatus.BadName;
            int index = IndexOf(key);
            if (index < 0) return ChannelStatus.NotFound;
            channel = _channels[index];
            return ChannelStatus.Ok;
        }

        /// <summary>Lookup that waits: Ok with the channel if name is published, else enqueues
        /// waiter and returns WouldBlock; a later Publish of name completes it (waiter.Status Ok,
        /// waiter.LookedUp the channel) and wakes its thread. For a time limit the kernel calls
        /// waiter.Cancel when it expires. BadName; Busy if waiter is already waiting.</summary>
        public ChannelStatus LookupOrWait(ReadOnlySpan<byte> name, Waiter waiter, out Channel channel)
        {
            channel = null;
            if (waiter == null) return ChannelStatus.BadArgument;
            if (!ChannelName.TryCreate(name, out ChannelName key)) return ChannelStatus.BadName;
            if (waiter.State == WaiterState.Waiting) return ChannelStatus.Busy;
            WaitCase item = waiter.BeginSingle(WaitKind.Lookup, null, null);
            int index = IndexOf(key);
            if (index >= 0)
            {
                channel = _channels[index];
                waiter.FinishWithoutWaiting(0, ChannelStatus.Ok);
                return ChannelStatus.Ok;
            }
            item.Name = key;
            _lookups.Enqueue(item);
            waiter.StartWaiting();
            return ChannelStatus.WouldBlock;
        }

        /// <summary>Removes name, which publisherId must have published: Ok, BadName, NotFound,
        /// or NotPublisher (nothing changes).</summary>
        public ChannelStatus Unpublish(ReadOnlySpan<byte> name, int publisherId)
        {
            if (!ChannelName.TryCreate(name, out ChannelName key)) return ChannelStatus.BadName;
            int index = IndexOf(key);
            if (index < 0) return ChannelStatus.NotFound;
            if (_publishers[index] != publisherId) return ChannelStatus.NotPublisher;
            RemoveAt(index);
            return ChannelStatus.Ok;
        }

        /// <summary>Removes every name publisherId published (the kernel calls it when that
        /// process dies) and returns how many.</summary>
        public int RemoveAllOf(int publisherId)
        {
            int removed = 0;
            for (int i = _count - 1; i >= 0; i--)
            {
                if (_publishers[i] != publisherId) continue;
                RemoveAt(i);
                removed++;
            }
            return removed;
        }

        /// <summary>Listing: copies the name at index (0 ≤ index &lt; Count; removals reorder) into
        /// destination and its length into length. NotFound past the end; BadSize if destination
        /// is shorter than the name (ChannelName.MaxLength always suffices).</summary>
        public ChannelStatus NameAt(int index, Span<byte> destination, out int length)
        {
            length = 0;
            if ((uint)index >= (uint)_count) return ChannelStatus.NotFound;
            int copied = _names[index].CopyTo(destination);
            if (copied < 0) return ChannelStatus.BadSize;
            length = copied;
            return ChannelStatus.Ok;
        }

        /// <summary>The publisher of the name at index, or 0 past the end.</summary>
        /// <summary>Whether channel is published under some name (anyone may look it up).</summary>
        public bool IsPublished(Channel channel)
        {
            for (int i = 0; i < _count; i++) if (_channels[i] == channel) return true;
            return false;
        }

        public int PublisherAt(int index) => (uint)index < (uint)_count ? _publishers[index] : 0;

        private int IndexOf(in ChannelName key)
        {
            for (int i = 0; i < _count; i++) if (_names[i].SameAs(key)) return i;
            return -1;
        }

        // Keeps entries dense: the last entry moves into the hole.
        private void RemoveAt(int index)
        {
            int last = _count - 1;
            _names[index] = _names[last];
            _channels[index] = _channels[last];
            _publishers[index] = _publishers[last];
            _names[last] = default;
            _channels[last] = null;
            _publishers[last] = 0;
            _count = last;
        }
    }
}
