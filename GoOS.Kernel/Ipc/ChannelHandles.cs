using GoOS.Kernel.Channels;

namespace GoOS.Kernel.Ipc
{
    using Channel = GoOS.Kernel.Channels.Channel;

    /// <summary>A process's channel handles: small numbers naming a channel with rights (send,
    /// receive, close, publish). Guarded by: interrupts off.</summary>
    public sealed class ChannelHandles
    {
        public const int Capacity = 256;

        private readonly Channel[] _channels = new Channel[Capacity];
        private readonly ChannelRights[] _rights = new ChannelRights[Capacity];
        private int _inUse;   // slots at or above it are empty

        /// <summary>Slots at or above this are empty (loops over the table stop here).</summary>
        public int SlotsInUse => _inUse;

        /// <summary>The channel behind handle with all of 'needed', or null.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public Channel Get(long handle, ChannelRights needed)
        {
            if (handle < 0 || handle >= Capacity) return null;
            Channel channel = _channels[handle];
            if (channel == null || (_rights[handle] & needed) != needed) return null;
            return channel;
        }

        public ChannelRights RightsOf(long handle) => handle >= 0 && handle < Capacity ? _rights[handle] : ChannelRights.None;

        /// <summary>Installs channel with rights in the lowest free slot (counting it as a holder);
        /// -1 when the table is full (nothing changed).</summary>
        public int Add(Channel channel, ChannelRights rights)
        {
            for (int i = 0; i < Capacity; i++)
            {
                if (_channels[i] != null) continue;
                _channels[i] = channel;
                _rights[i] = rights;
                channel.AddHolder(rights);
                if (i >= _inUse) _inUse = i + 1;
                return i;
            }
            return -1;
        }

        /// <summary>Takes handle out of the table (the caller gives up its holder count); null if
        /// it named nothing.</summary>
        public Channel Remove(long handle, out ChannelRights rights)
        {
            rights = ChannelRights.None;
            if (handle < 0 || handle >= Capacity || _channels[handle] == null) return null;
            Channel channel = _channels[handle];
            rights = _rights[handle];
            _channels[handle] = null;
            _rights[handle] = ChannelRights.None;
            while (_inUse > 0 && _channels[_inUse - 1] == null) _inUse--;
            return channel;
        }

        /// <summary>How many handles of this table name channel with any of rights.</summary>
        public int CountHolding(Channel channel, ChannelRights rights)
        {
            int count = 0;
            for (int i = 0; i < _inUse; i++)
                if (_channels[i] == channel && (_rights[i] & rights) != 0) count++;
            return count;
        }
    }
}
