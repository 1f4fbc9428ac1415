using System;
using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>What every channel has: a kernel handle, closing, counts, publishing. A channel
    /// lives until Close and Dispose (or the end of the program): Dispose gives the program's
    /// handle up; when nobody holds the sending side any more the channel is closed for its
    /// receivers, and when nobody holds the receiving side, senders see it closed.</summary>
    public abstract unsafe class Channel : IDisposable
    {
        private long _handle;
        private bool _disposed;

        private protected Channel(long handle)
        {
            _handle = handle;
        }

        /// <summary>The kernel handle (what Process.Start passes to a child). A channel that only
        /// goroutines of this program used so far is handed to the kernel here.</summary>
        public long Handle => KernelHandle();

        /// <summary>The handle this object was made with (-1 for a user-space channel).</summary>
        private protected long AdoptedHandle => _handle;

        /// <summary>The kernel handle; Chan&lt;T&gt; promotes its user-space channel first.</summary>
        private protected virtual long KernelHandle() => _handle;

        /// <summary>Go's close: receivers drain what is buffered, then get the zero value with
        /// ok == false; later sends throw. Closing twice throws InvalidOperationException.</summary>
        public virtual void Close()
        {
            long status = KernelCall.Call(SystemCall.ChannelClose, (ulong)Handle);
            if (status == (long)Status.AlreadyClosed) throw new InvalidOperationException("close of closed channel");
            Check(status, "Close");
        }

        /// <summary>Gives this program's handle to the channel up (the channel itself lives on while
        /// others hold it). A channel that never left this program needs none.</summary>
        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            long handle = HandleIfAny();
            if (handle >= 0) KernelCall.Call(SystemCall.HandleClose, (ulong)handle);
        }

        /// <summary>The kernel handle if the channel has one, without promoting it; else -1.</summary>
        private protected virtual long HandleIfAny() => _handle;

        /// <summary>Messages buffered now.</summary>
        public virtual int Count => (int)State().Count;

        public virtual int Capacity => (int)State().Capacity;

        public virtual bool IsClosed => State().Closed != 0;

        /// <summary>Makes the channel findable by other programs under name (Registry).</summary>
        public void Publish(string name) => Registry.Publish(name, this);

        private ChannelState State()
        {
            ChannelState state;
            Check(KernelCall.Call(SystemCall.ChannelInfo, (ulong)Handle, (ulong)&state), "ChannelInfo");
            return state;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private protected static long Check(long status, string operation)
        {
            if (status < 0) Fail(status, operation);
            return status;
        }

        private static void Fail(long status, string operation)
        {
            if (status == (long)Status.ChannelClosed) throw new InvalidOperationException("send on closed channel");
            throw new GoOSException((Status)status, operation);
        }

        private protected static long Create(ulong elementSize, int capacity, ChannelKind kind)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity));
            return Check(KernelCall.Call(SystemCall.ChannelCreate, elementSize, (ulong)capacity, (ulong)kind), "make channel");
        }
    }
}
