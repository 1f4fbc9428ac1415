using System;
using System.Runtime.CompilerServices;
using GoOS.Abi;
using GoOS.Runtime;
using Internal.Runtime;

namespace GoOS
{
    /// <summary>A channel of objects that move without being copied, also between programs
    /// (DESIGN.md §3). Send hands the object over: the kernel moves the ownership of the pages it
    /// lies on to the receiver and maps them there, whatever its size; the receiver's runtime
    /// adopts it (its own type descriptor for T replaces the sender's, matched by ILC's hash of
    /// the type's name and by its size) and its garbage collector frees it when it dies.
    ///
    /// What travels: objects of exactly type T without references and without a finalizer —
    /// strings, arrays of unmanaged values, classes of unmanaged fields (BaseSize under 64 KiB).
    /// Sending anything else throws ArgumentException and sends nothing; objects that hold
    /// references (graphs) do not travel yet. A frozen object of the program image (a string
    /// literal) is copied onto the heap first, and the copy travels.
    ///
    /// Ownership (the ABI): once Send returns, the object is the receiver's, and the sender must
    /// not touch it again (the receiver may change it, and its pages may leave the sender's
    /// address space at any time). When Send throws (a closed channel), the sender keeps it.</summary>
    public sealed unsafe class ChanOfObject<T> : Channel where T : class
    {
        private readonly MethodTable* _type;

        public ChanOfObject(int capacity = 0) : base(Create((ulong)sizeof(ObjectMessage), capacity, ChannelKind.Objects))
        {
            _type = TypeOfT();
        }

        private ChanOfObject(long handle) : base(handle)
        {
            _type = TypeOfT();
        }

        /// <summary>A channel of objects this program holds as handle (see Chan&lt;T&gt;.FromHandle).</summary>
        public static ChanOfObject<T> FromHandle(long handle) => new ChanOfObject<T>(handle);

        /// <summary>The channel of objects published as name (see Chan&lt;T&gt;.Lookup).</summary>
        public static ChanOfObject<T> Lookup(string name, long timeoutMilliseconds = 0)
        {
            long handle = Registry.LookupHandle(name, timeoutMilliseconds);
            return handle < 0 ? null : new ChanOfObject<T>(handle);
        }

        /// <summary>Hands value over to the receiver (null is sent as null). Throws
        /// ArgumentException for an object that cannot travel (see the class) and
        /// InvalidOperationException on a closed channel (the sender keeps value then).</summary>
        public void Send(T value)
        {
            ObjectMessage message = default;
            if (value != null)
            {
                MethodTable* type = RuntimeServices.MethodTableOf(value);
                if (type != _type) throw new ArgumentException("a channel of objects carries objects of exactly its element type");
                if (!CanTravel(type)) throw new ArgumentException("objects with references or a finalizer cannot travel between programs yet");
                if (!ProgramHeap.Holds(AddressOf(value))) value = CopyIntoHeap(value, type);
                message.Address = AddressOf(value);
                message.Shape = Shape(type);
                message.Bytes = ProgramHeap.GiveAway(message.Address);
                if (message.Bytes == 0) throw new ArgumentException("the object is not this program's to send (was it sent already?)");
            }
            long status = KernelCall.Call(SystemCall.ChannelSend, (ulong)Handle, (ulong)&message);
            // A send that failed gave the object back to this program.
            if (status < 0 && value != null) ProgramHeap.Adopt(message.Address, message.Bytes);
            Check(status, "Send");
        }

        /// <summary>The next object, now this program's; null once the channel is closed and
        /// drained (ok == false), or when null was sent. Throws InvalidOperationException when the
        /// sender's object is not a T (it is given up).</summary>
        public T Receive(out bool ok)
        {
            ObjectMessage message;
            ok = Check(KernelCall.Call(SystemCall.ChannelReceive, (ulong)Handle, (ulong)&message), "Receive") == 1;
            if (!ok || message.Address == 0) return null;
            if (message.Shape != Shape(_type) || !Fits(message))
            {
                KernelCall.Call(SystemCall.ObjectRelease, message.Address, message.Bytes);
                throw new InvalidOperationException("received an object that is not of the channel's element type");
            }
            *(MethodTable**)message.Address = _type;
            if (!ProgramHeap.Adopt(message.Address, message.Bytes))
            {
                KernelCall.Call(SystemCall.ObjectRelease, message.Address, message.Bytes);
                throw new InvalidOperationException("received an object this program cannot adopt");
            }
            return Unsafe.As<T>(RuntimeServices.ObjectFromAddress((void*)message.Address));
        }

        public T Receive() => Receive(out _);

        // A copy on the heap of an object that is not on it: a frozen object of the program
        // image, such as a string literal, whose pages are the image's and cannot move.
        private static T CopyIntoHeap(T value, MethodTable* type)
        {
            int length = type->HasComponentSize ? *(int*)(AddressOf(value) + 8) : 0;
            object copy = type->HasComponentSize ? Allocator.NewArray(type, length) : Allocator.NewObject(type);
            ulong size = type->BaseSize + (ulong)length * type->ComponentSize;
            Memory.Move((byte*)RuntimeServices.AddressOf(copy) + 8, (byte*)AddressOf(value) + 8, size - 8);
            return Unsafe.As<T>(copy);
        }

        private static MethodTable* TypeOfT() => (MethodTable*)typeof(T).TypeHandle.Value;

        private static bool CanTravel(MethodTable* type) => !type->HasPointers && !type->HasFinalizer && type->BaseSize < 0x10000;

        // The type's identity as it travels: ILC's name hash, base size and component size.
        private static ulong Shape(MethodTable* type) => (ulong)type->NameHash << 32 | (ulong)type->BaseSize << 16 | type->ComponentSize;

        // Whether the object, as this program's T, is exactly the bytes that moved.
        private bool Fits(ObjectMessage message)
        {
            ulong size = _type->BaseSize;
            if (_type->HasComponentSize) size += (ulong)*(uint*)(message.Address + 8) * _type->ComponentSize;
            return ((size + 7) & ~7UL) == message.Bytes;
        }

        private static ulong AddressOf(T value) => (ulong)RuntimeServices.AddressOf(value);
    }
}
