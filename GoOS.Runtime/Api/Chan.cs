using System;
using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>A Go channel of values of an unmanaged type, copied from sender to receiver (also
    /// between programs). Capacity 0 is unbuffered: a send waits for a receiver. While only
    /// goroutines of this program use it, it lives in user space (LocalChannel: no system call
    /// unless a goroutine waits or is woken); the first time it is shared (Handle) the kernel
    /// takes it over.</summary>
    public sealed unsafe class Chan<T> : Channel, ILocalChannelOwner where T : unmanaged
    {
        private readonly LocalChannel _local;

        /// <summary>make(chan T, capacity).</summary>
        public Chan(int capacity = 0) : base(-1)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity));
            if (capacity > 65536 || sizeof(T) > ChannelLimitsAbi.MaximumMessageBytes || (long)capacity * sizeof(T) > (1L << 20))
                throw new GoOSException(Status.BadLength, "make channel");
            _local = new LocalChannel(sizeof(T), capacity);
        }

        private Chan(long handle, bool adopt) : base(handle) { }

        private protected override long KernelHandle()
        {
            if (_local == null) return base.KernelHandle();
            long handle = _local.KernelHandle;   // once handed over, it stays the kernel's
            return handle >= 0 ? handle : _local.Promote();
        }


        // The kernel handle, for an operation the user-space channel declined: it was handed
        // over (or there is none: the channel came from elsewhere).
        private long KernelHandleNow
        {
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            get => _local == null ? AdoptedHandle : _local.KernelHandle;
        }

        private protected override long HandleIfAny() => _local != null ? _local.KernelHandle : base.HandleIfAny();

        /// <summary>The user-space channel while it has not been handed to the kernel, else null
        /// (operations try it first, and go straight to the kernel once it is null).</summary>
        LocalChannel ILocalChannelOwner.Local => Local;

        internal LocalChannel Local
        {
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            get
            {
                LocalChannel local = _local;
                return local != null && local.KernelHandle < 0 ? local : null;
            }
        }

        public override int Count => Local != null ? Local.Count : base.Count;

        public override int Capacity => _local != null ? _local.Capacity : base.Capacity;

        public override bool IsClosed => Local != null ? Local.IsClosed : base.IsClosed;

        public override void Close()
        {
            if (_local != null)
            {
                LocalChannel.Result result = _local.Close();
                if (result == LocalChannel.Result.Closed) throw new InvalidOperationException("close of closed channel");
                if (result == LocalChannel.Result.Ok) return;
            }
            base.Close();
        }

        /// <summary>The channel behind a handle this program holds (e.g. one a parent passed:
        /// handles 0, 1, ... in the order of Process.Start's channels).</summary>
        public static Chan<T> FromHandle(long handle) => new Chan<T>(handle, adopt: true);

        /// <summary>The channel published as name, waiting up to timeoutMilliseconds for it to be
        /// published (0: not at all; -1: forever); null when it is not there.</summary>
        public static Chan<T> Lookup(string name, long timeoutMilliseconds = 0)
        {
            long handle = Registry.LookupHandle(name, timeoutMilliseconds);
            return handle < 0 ? null : new Chan<T>(handle, adopt: true);
        }

        /// <summary>Go's chan&lt;- T: a new handle that may only send (and close). Pass it to the
        /// producers, and the channel closes for its receivers once they are all gone.</summary>
        public Chan<T> SendOnly() => Duplicate(ChannelRightsAbi.Send | ChannelRightsAbi.Close);

        /// <summary>Go's &lt;-chan T: a new handle that may only receive.</summary>
        public Chan<T> ReceiveOnly() => Duplicate(ChannelRightsAbi.Receive);

        private Chan<T> Duplicate(ChannelRightsAbi rights)
            => new Chan<T>(Check(KernelCall.Call(SystemCall.HandleDuplicate, (ulong)Handle, (ulong)rights), "duplicate handle"), adopt: true);

        /// <summary>Sends value, waiting for a receiver or room. Throws InvalidOperationException
        /// on a closed channel (the value was not delivered).</summary>
        public void Send(T value)
        {
            LocalChannel local = Local;
            if (local != null)
            {
                LocalChannel.Result result = local.Send((byte*)&value, block: true);
                if (result == LocalChannel.Result.Ok) return;
                if (result == LocalChannel.Result.Closed) throw new InvalidOperationException("send on closed channel");
            }
            Check(KernelCall.Call(SystemCall.ChannelSend, (ulong)KernelHandleNow, (ulong)&value), "Send");
        }

        /// <summary>Sends if it can without waiting; false when it cannot (nothing sent).</summary>
        public bool TrySend(T value)
        {
            LocalChannel local = Local;
            if (local != null)
            {
                LocalChannel.Result result = local.Send((byte*)&value, block: false);
                if (result == LocalChannel.Result.Ok) return true;
                if (result == LocalChannel.Result.NotReady) return false;
                if (result == LocalChannel.Result.Closed) throw new InvalidOperationException("send on closed channel");
            }
            long status = KernelCall.Call(SystemCall.ChannelSend, (ulong)Handle, (ulong)&value, (ulong)ChannelFlags.NonBlocking);
            if (status == (long)Status.NotReady) return false;
            Check(status, "TrySend");
            return true;
        }

        /// <summary>Receives the next value (waiting for one); the zero value once the channel is
        /// closed and drained.</summary>
        public T Receive() => Receive(out _);

        /// <summary>Receives with Go's ok: false when the channel is closed and drained.</summary>
        public T Receive(out bool ok)
        {
            T value;
            LocalChannel local = Local;
            if (local != null)
            {
                LocalChannel.Result result = local.Receive((byte*)&value, block: true);
                if (result != LocalChannel.Result.Promoted)
                {
                    ok = result == LocalChannel.Result.Ok;
                    return value;
                }
            }
            ok = Check(KernelCall.Call(SystemCall.ChannelReceive, (ulong)KernelHandleNow, (ulong)&value), "Receive") == 1;
            return value;
        }

        /// <summary>Receives if a value is there now; false when none is (or the channel is closed and drained).</summary>
        public bool TryReceive(out T value)
        {
            T received;
            LocalChannel local = Local;
            if (local != null)
            {
                LocalChannel.Result result = local.Receive((byte*)&received, block: false);
                if (result != LocalChannel.Result.Promoted)
                {
                    value = received;
                    return result == LocalChannel.Result.Ok;
                }
            }
            long status = KernelCall.Call(SystemCall.ChannelReceive, (ulong)Handle, (ulong)&received, (ulong)ChannelFlags.NonBlocking);
            value = received;
            if (status == (long)Status.NotReady) return false;
            return Check(status, "TryReceive") == 1;
        }

        /// <summary>foreach: receives until the channel is closed and drained.</summary>
        public Enumerator GetEnumerator() => new Enumerator(this);

        public struct Enumerator
        {
            private readonly Chan<T> _channel;
            private T _current;

            internal Enumerator(Chan<T> channel)
            {
                _channel = channel;
                _current = default;
            }

            public T Current => _current;

            public bool MoveNext()
            {
                _current = _channel.Receive(out bool ok);
                return ok;
            }
        }
    }
}
