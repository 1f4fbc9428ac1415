using System;
using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>A channel of strings, copied from sender to receiver (also between programs):
    /// each message holds a string of up to MaximumLength characters (set at creation; at most
    /// MaximumLengthLimit), as its length and UTF-16 characters. Sending a longer string throws
    /// ArgumentException and sends nothing. (Strings travel by copy until ownership transfer
    /// lets them travel by reference.)</summary>
    public sealed unsafe class ChanOfString : Channel
    {
        /// <summary>The longest string any channel of strings can carry (a message is at most
        /// ChannelLimitsAbi.MaximumMessageBytes).</summary>
        public const int MaximumLengthLimit = (ChannelLimitsAbi.MaximumMessageBytes - 4) / 2;

        public ChanOfString(int capacity = 0, int maximumLength = 256)
            : base(Create(MessageBytes(maximumLength), capacity, ChannelKind.Bytes))
        {
            MaximumLength = maximumLength;
        }

        private ChanOfString(long handle, int maximumLength) : base(handle)
        {
            MaximumLength = maximumLength;
        }

        /// <summary>The longest string a message of this channel holds.</summary>
        public int MaximumLength { get; }

        /// <summary>A channel of strings this program holds as handle (see Chan&lt;T&gt;.FromHandle);
        /// maximumLength must be the one it was made with.</summary>
        public static ChanOfString FromHandle(long handle, int maximumLength = 256) => new ChanOfString(handle, maximumLength);

        /// <summary>The channel of strings published as name (see Chan&lt;T&gt;.Lookup).</summary>
        public static ChanOfString Lookup(string name, long timeoutMilliseconds = 0, int maximumLength = 256)
        {
            long handle = Registry.LookupHandle(name, timeoutMilliseconds);
            return handle < 0 ? null : new ChanOfString(handle, maximumLength);
        }

        /// <summary>Sends a copy of text (null is sent as null). Throws InvalidOperationException
        /// on a closed channel and ArgumentException when text is too long.</summary>
        public void Send(string text)
        {
            if (text != null && text.Length > MaximumLength) throw new ArgumentException("string longer than the channel's " + MaximumLength.ToString() + " characters");
            byte* message = stackalloc byte[(int)MessageBytes(MaximumLength)];
            *(int*)message = text == null ? -1 : text.Length;
            if (text != null)
                fixed (char* chars = text)
                    for (int i = 0; i < text.Length; i++) ((char*)(message + 4))[i] = chars[i];
            Check(KernelCall.Call(SystemCall.ChannelSend, (ulong)Handle, (ulong)message), "Send");
        }

        /// <summary>The next string; null once the channel is closed and drained (ok == false).</summary>
        public string Receive(out bool ok)
        {
            byte* message = stackalloc byte[(int)MessageBytes(MaximumLength)];
            ok = Check(KernelCall.Call(SystemCall.ChannelReceive, (ulong)Handle, (ulong)message), "Receive") == 1;
            int length = *(int*)message;
            if (!ok || length < 0) return null;
            if (length > MaximumLength) throw new InvalidOperationException("a channel of strings was read with the wrong maximum length");
            return new string((char*)(message + 4), 0, length);
        }

        public string Receive() => Receive(out _);

        private static ulong MessageBytes(int maximumLength)
        {
            if (maximumLength < 0 || maximumLength > MaximumLengthLimit) throw new ArgumentOutOfRangeException(nameof(maximumLength));
            return 4 + 2 * (ulong)maximumLength;
        }
    }
}
