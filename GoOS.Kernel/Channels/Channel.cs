using System.Runtime.CompilerServices;

namespace GoOS.Kernel.Channels
{
    /// <summary>A Go channel as a kernel object: messages of exactly ElementSize bytes, copied
    /// in and out; Capacity 0 is a rendezvous, N a FIFO ring of N messages allocated with the
    /// channel. Operations never block and never allocate: one that cannot complete enqueues the
    /// caller's Waiter and returns WouldBlock (see Waiter for the protocol), and one that completes
    /// a waiting thread copies the bytes to or from that thread's WaitCase.Data and wakes it
    /// through IWaitHost.
    ///
    /// Semantics (Go's): send blocks until a receiver takes the message (unbuffered) or there is
    /// room (buffered); receive blocks until a message is there; waiting senders and receivers are
    /// served first come, first served. Close: later sends fail with Closed; receivers drain the
    /// buffer, then get zeros and Closed (ok == false); every waiting receiver is woken with
    /// Closed and zeros, every waiting sender with Closed, its message not delivered (it stays in
    /// the sender's buffer; nothing of it is in the channel). Closing twice is AlreadyClosed.
    ///
    /// Peer death (what the kernel does): each handle with the Send or Receive right counts as a
    /// holder (AddHolder when a handle is created or duplicated, RemoveHolder when it is closed or
    /// its process dies; a handle in flight inside a message still counts). When the last Send
    /// holder goes, the channel is closed, so receivers drain it and then see ok == false. When
    /// the last Receive holder goes, the channel is closed too: blocked senders are woken with
    /// Closed (message not delivered) and later sends fail with Closed, like a broken pipe.
    /// Threads of a dying process that are blocked must first be Waiter.Cancel'ed.
    ///
    /// Guarded by: the channel lock — in the kernel, interrupts off on the one CPU; host tests
    /// call from one thread or under one lock. Every field below is guarded by it.</summary>
    public sealed unsafe partial class Channel
    {
        private readonly byte[] _buffer;      // at least Capacity × ElementSize bytes: the ring
        private int _head;                    // ring index of the oldest message
        private int _count;                   // messages in the ring
        private bool _closed;
        private readonly WaitQueue _senders = new WaitQueue();     // send cases, only while the ring is full
        private readonly WaitQueue _receivers = new WaitQueue();   // receive cases, only while the ring is empty
        private int _sendHolders;
        private int _receiveHolders;

        /// <summary>The kernel's number for this channel (its slot in the kernel's channel table),
        /// which is what travels when a handle to it is sent over another channel.</summary>
        public int KernelId { get; set; }

        /// <summary>Its messages are channel handles (one kernel id and rights each), which the
        /// kernel moves between handle tables, rather than plain bytes.</summary>
        public bool CarriesHandles { get; set; }

        /// <summary>Its messages are heap objects (ObjectMessage), whose ownership the kernel
        /// moves from sender to receiver, rather than plain bytes.</summary>
        public bool CarriesObjects { get; set; }

        private Channel(int elementSize, int capacity)
        {
            ElementSize = elementSize;
            Capacity = capacity;
            _buffer = new byte[capacity * elementSize];
        }

        /// <summary>Creates a channel of capacity messages of elementSize bytes with no holders.
        /// BadSize (channel null, nothing allocated) outside ChannelLimits. Allocates the object and
        /// its ring.</summary>
        public static ChannelStatus Create(int elementSize, int capacity, out Channel channel)
        {
            channel = null;
            if (elementSize < 0 || elementSize > ChannelLimits.MaxElementSize) return ChannelStatus.BadSize;
            if (capacity < 0 || capacity > ChannelLimits.MaxCapacity) return ChannelStatus.BadSize;
            if ((long)elementSize * capacity > ChannelLimits.MaxBufferBytes) return ChannelStatus.BadSize;
            channel = new Channel(elementSize, capacity);
            return ChannelStatus.Ok;
        }

        /// <summary>Bytes per message.</summary>
        public int ElementSize { get; private set; }

        /// <summary>Go's cap: messages the ring holds (0: unbuffered).</summary>
        public int Capacity { get; private set; }

        /// <summary>Makes this channel object, which nobody holds or waits on any more, serve as a
        /// new open, empty channel of elementSize and capacity, if its ring is large enough (so a
        /// kernel can pool channel objects instead of allocating). False (nothing changed) if the
        /// ring is too small or the channel is still in use.</summary>
        public bool TryReuse(int elementSize, int capacity)
        {
            if (_sendHolders != 0 || _receiveHolders != 0 || _senders.Count != 0 || _receivers.Count != 0) return false;
            if (elementSize < 0 || capacity < 0 || (long)elementSize * capacity > _buffer.Length) return false;
            ElementSize = elementSize;
            Capacity = capacity;
            _head = 0;
            _count = 0;
            _closed = false;
            KernelId = 0;
            CarriesHandles = false;
            CarriesObjects = false;
            return true;
        }

        /// <summary>Takes the oldest message out of the ring into destination; false when the ring
        /// is empty. Only for a channel nobody holds any more (it wakes nobody), whose messages
        /// the kernel must give up (objects, handles in flight).</summary>
        public bool TakeBuffered(byte* destination)
        {
            if (_count == 0) return false;
            fixed (byte* ring = _buffer) Unsafe.CopyBlock(destination, ring + _head * ElementSize, (uint)ElementSize);
            _head = RingIndex(1);
            _count--;
            return true;
        }

        /// <summary>Go's len: messages in the ring now.</summary>
        public int Count => _count;

        public bool IsClosed => _closed;

        /// <summary>Send cases (of blocked senders or selects) waiting on this channel.</summary>
        public int WaitingSenders => _senders.Count;

        /// <summary>Receive cases waiting on this channel.</summary>
        public int WaitingReceivers => _receivers.Count;

        /// <summary>Handles with the Send right (see AddHolder).</summary>
        public int SendHolders => _sendHolders;

        /// <summary>Handles with the Receive right.</summary>
        public int ReceiveHolders => _receiveHolders;

        /// <summary>Puts a select's send case on the senders' queue (the select found it not ready).</summary>
        internal void EnqueueSender(WaitCase item) => _senders.Enqueue(item);

        /// <summary>Puts a select's receive case on the receivers' queue.</summary>
        internal void EnqueueReceiver(WaitCase item) => _receivers.Enqueue(item);

        // Messages are mostly one machine word: those are one load and one store.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private void CopyMessage(byte* destination, byte* source)
        {
            int size = ElementSize;
            if (size == 8) *(ulong*)destination = *(ulong*)source;
            else if (size == 4) *(uint*)destination = *(uint*)source;
            else if (size != 0) Unsafe.CopyBlock(destination, source, (uint)size);
        }

        private void ZeroMessage(byte* destination)
        {
            if (ElementSize != 0) Unsafe.InitBlock(destination, 0, (uint)ElementSize);
        }

        private int RingIndex(int offset)
        {
            int index = _head + offset;
            return index >= Capacity ? index - Capacity : index;
        }
    }
}
