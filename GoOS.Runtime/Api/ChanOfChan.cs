using System;
using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>A channel whose messages are channels (Go's chan chan T): sending one gives the
    /// receiver a handle of its own to the same channel, also in another program. This is how a
    /// program subscribes to a service: it sends its own channel over the one the service published.</summary>
    public sealed unsafe class ChanOfChan<T> : Channel where T : unmanaged
    {
        public ChanOfChan(int capacity = 0) : base(Create(8, capacity, ChannelKind.Handles)) { }

        private ChanOfChan(long handle, bool adopt) : base(handle) { }

        public static ChanOfChan<T> FromHandle(long handle) => new ChanOfChan<T>(handle, adopt: true);

        /// <summary>The channel of channels published as name (see Chan&lt;T&gt;.Lookup).</summary>
        public static ChanOfChan<T> Lookup(string name, long timeoutMilliseconds = 0)
        {
            long handle = Registry.LookupHandle(name, timeoutMilliseconds);
            return handle < 0 ? null : new ChanOfChan<T>(handle, adopt: true);
        }

        /// <summary>Sends channel (the sender keeps its own handle). Throws on a closed channel.</summary>
        public void Send(Chan<T> channel)
        {
            long handle = channel.Handle;
            Check(KernelCall.Call(SystemCall.ChannelSend, (ulong)Handle, (ulong)&handle), "Send");
        }

        /// <summary>The next channel; null once this channel is closed and drained.</summary>
        public Chan<T> Receive()
        {
            long handle;
            long status = Check(KernelCall.Call(SystemCall.ChannelReceive, (ulong)Handle, (ulong)&handle), "Receive");
            return status == 1 ? Chan<T>.FromHandle(handle) : null;
        }
    }
}
