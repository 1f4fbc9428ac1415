using System;
using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>A channel of arrays of an unmanaged type, copied from sender to receiver (also
    /// between programs): each message holds an array of up to MaximumLength elements (set at
    /// creation; a message is at most ChannelLimitsAbi.MaximumMessageBytes). Sending a longer
    /// array throws ArgumentException and sends nothing; the receiver gets a new array.</summary>
    public sealed unsafe class ChanOfArray<T> : Channel where T : unmanaged
    {
        public ChanOfArray(int capacity, int maximumLength)
            : base(Create(MessageBytes(maximumLength), capacity, ChannelKind.Bytes))
        {
            MaximumLength = maximumLength;
        }

        private ChanOfArray(long handle, int maximumLength) : base(handle)
        {
            MaximumLength = maximumLength;
        }

        public int MaximumLength { get; }

        /// <summary>A channel of arrays this program holds as handle; maximumLength must be the
        /// one it was made with.</summary>
        public static ChanOfArray<T> FromHandle(long handle, int maximumLength) => new ChanOfArray<T>(handle, maximumLength);

        /// <summary>Sends a copy of values (null is sent as null). Throws InvalidOperationException
        /// on a closed channel and ArgumentException when values is too long.</summary>
        public void Send(T[] values)
        {
            if (values != null && values.Length > MaximumLength) throw new ArgumentException("array longer than the channel's " + MaximumLength.ToString() + " elements");
            byte* message = stackalloc byte[(int)MessageBytes(MaximumLength)];
            *(int*)message = values == null ? -1 : values.Length;
            T* elements = (T*)(message + sizeof(long));
            if (values != null) for (int i = 0; i < values.Length; i++) elements[i] = values[i];
            Check(KernelCall.Call(SystemCall.ChannelSend, (ulong)Handle, (ulong)message), "Send");
        }

        /// <summary>The next array (a new one); null once the channel is closed and drained (ok == false).</summary>
        public T[] Receive(out bool ok)
        {
            byte* message = stackalloc byte[(int)MessageBytes(MaximumLength)];
            ok = Check(KernelCall.Call(SystemCall.ChannelReceive, (ulong)Handle, (ulong)message), "Receive") == 1;
            int length = *(int*)message;
            if (!ok || length < 0) return null;
            if (length > MaximumLength) throw new InvalidOperationException("a channel of arrays was read with the wrong maximum length");
            var values = new T[length];
            T* elements = (T*)(message + sizeof(long));
            for (int i = 0; i < length; i++) values[i] = elements[i];
            return values;
        }

        public T[] Receive() => Receive(out _);

        // The length, padded to 8 bytes, then the elements.
        private static ulong MessageBytes(int maximumLength)
        {
            ulong bytes = sizeof(long) + (ulong)maximumLength * (ulong)sizeof(T);
            if (maximumLength < 0 || bytes > ChannelLimitsAbi.MaximumMessageBytes) throw new ArgumentOutOfRangeException(nameof(maximumLength));
            return bytes;
        }
    }
}
