using System;
using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>Go's select: add send and receive cases (each returns its case number), then
    /// Wait (blocks until one case can proceed, does it, returns its number; one chosen at random
    /// when several are ready) or WaitOrDefault (-1 when none is ready: Go's default). A null
    /// channel is Go's nil channel: its case is never ready. A Select is reusable after Clear.
    ///
    ///   var select = new Select();
    ///   int got = select.Receive(numbers);
    ///   int quit = select.Receive(done);
    ///   if (select.Wait() == got) Use(select.Value&lt;int&gt;(got));</summary>
    public sealed unsafe class Select
    {
        private const int MaximumCases = ChannelLimitsAbi.MaximumSelectCases;
        private const int ValueBytes = 64;

        private readonly SelectCase[] _cases = new SelectCase[MaximumCases];
        private readonly Channel[] _channels = new Channel[MaximumCases];
        private readonly int[] _kernelIndex = new int[MaximumCases];   // -1: a nil channel's case
        private readonly byte[] _values = new byte[MaximumCases * ValueBytes];
        private int _count;

        /// <summary>Adds "receive from channel"; after Wait chose it, Value and Ok tell what came.</summary>
        public int Receive<T>(Chan<T> channel) where T : unmanaged => Add(channel, receive: true, null, 0);

        /// <summary>Adds "send value on channel"; choosing it on a closed channel throws.</summary>
        public int Send<T>(Chan<T> channel, T value) where T : unmanaged => Add(channel, receive: false, (byte*)&value, sizeof(T));

        /// <summary>Blocks until one case proceeds; its number. No cases (or only nil channels): blocks forever.</summary>
        public int Wait() => Run(ChannelFlags.None);

        /// <summary>Like Wait when a case is ready now; otherwise -1, having done nothing.</summary>
        public int WaitOrDefault() => Run(ChannelFlags.NonBlocking);

        /// <summary>The value a chosen receive case got (the zero value when its channel was closed).</summary>
        public T Value<T>(int index) where T : unmanaged
        {
            fixed (byte* values = _values) return *(T*)(values + index * ValueBytes);
        }

        /// <summary>Go's ok for a chosen receive case: false when its channel was closed.</summary>
        public bool Ok(int index) => _cases[index].Ok != 0;

        /// <summary>Forgets every case.</summary>
        public void Clear() => _count = 0;

        /// <summary>A select with no cases: blocks the calling goroutine forever.</summary>
        public static void Forever() => KernelCall.Call(SystemCall.Select, 0, 0, 0);

        private int Add(Channel channel, bool receive, byte* value, int size)
        {
            if (_count == MaximumCases) throw new InvalidOperationException("select: more than 64 cases");
            if (size > ValueBytes) throw new NotSupportedException("select: values larger than 64 bytes");
            int index = _count++;
            _cases[index] = new SelectCase { Handle = -1, Receive = receive ? 1 : 0 };
            _channels[index] = channel;
            fixed (byte* values = _values)
                for (int i = 0; i < size; i++) values[index * ValueBytes + i] = value[i];
            return index;
        }

        private int Run(ChannelFlags flags)
        {
            if (AllLocal())
            {
                int chosen = LocalSelect.Run(_cases, _channels, _values, _count, (flags & ChannelFlags.NonBlocking) != 0, out bool retry);
                if (!retry)
                {
                    if (chosen >= 0 && _cases[chosen].Receive == 0 && _cases[chosen].Ok == 0) throw new InvalidOperationException("send on closed channel");
                    return chosen;
                }
            }
            // Some channel is the kernel's (or became so while waiting): all go to the kernel.
            for (int i = 0; i < _count; i++) _cases[i].Handle = _channels[i] == null ? -1 : _channels[i].Handle;
            return RunInKernel(flags);
        }

        // Whether every case's channel is a user-space channel of this program (or nil).
        private bool AllLocal()
        {
            for (int i = 0; i < _count; i++)
            {
                Channel channel = _channels[i];
                if (channel != null && !(channel is ILocalChannelOwner owner && owner.Local != null)) return false;
            }
            return true;
        }

        private int RunInKernel(ChannelFlags flags)
        {
            SelectCase* live = stackalloc SelectCase[MaximumCases];
            int liveCount = 0;
            fixed (byte* values = _values)
            {
                for (int i = 0; i < _count; i++)
                {
                    _kernelIndex[i] = -1;
                    if (_cases[i].Handle < 0) continue;   // a nil channel: never ready
                    live[liveCount] = _cases[i];
                    live[liveCount].Data = (ulong)(values + i * ValueBytes);
                    _kernelIndex[i] = liveCount++;
                }
                long chosen = KernelCall.Call(SystemCall.Select, (ulong)live, (ulong)liveCount, (ulong)flags);
                if (chosen == -1) return -1;
                if (chosen < 0) throw new GoOSException((Status)chosen, "Select");
                for (int i = 0; i < _count; i++)
                {
                    if (_kernelIndex[i] != chosen) continue;
                    _cases[i].Ok = live[chosen].Ok;
                    if (_cases[i].Receive == 0 && _cases[i].Ok == 0) throw new InvalidOperationException("send on closed channel");
                    return i;
                }
            }
            return -1;
        }
    }
}
