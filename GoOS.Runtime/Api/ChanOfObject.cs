using System;
using System.Runtime.CompilerServices;
using GoOS.Abi;
using GoOS.Runtime;
using Internal.Runtime;

namespace GoOS
{
    /// <summary>A channel of objects that move without being copied, also between programs
    /// (DESIGN.md §3). Send hands the object over, with every object it reaches: the kernel moves
    /// the ownership of the pages they lie on to the receiver and maps them there, whatever their
    /// size; the receiver's runtime adopts them (its own type descriptors replace the sender's,
    /// matched by ILC's hash of the type's name and by size) and its garbage collector frees them
    /// when they die.
    ///
    /// What travels: an object of exactly type T and the graph it reaches — strings, arrays,
    /// objects of classes both programs have (a library they share) — whose types have no
    /// finalizer and are not delegates or channels; the receiver must have every type of the
    /// graph. Sending anything else throws ArgumentException and sends nothing. Frozen objects
    /// of the program image (string literals) are copied onto the heap first, and the copies
    /// travel (a reference to one inside the graph is updated to the copy).
    ///
    /// Ownership (the ABI): once Send returns, the object and everything it reaches are the
    /// receiver's, and the sender must not touch them again (the receiver may change them, and
    /// their pages may leave the sender's address space at any time). When Send throws (a closed
    /// channel), the sender keeps them.</summary>
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
            ulong[] manifest = null;
            if (value != null)
            {
                MethodTable* type = RuntimeServices.MethodTableOf(value);
                if (type != _type) throw new ArgumentException("a channel of objects carries objects of exactly its element type");
                if (type->HasPointers) manifest = Graph(ref value, ref message);
                else Single(ref value, type, ref message);
            }
            long status = KernelCall.Call(SystemCall.ChannelSend, (ulong)Handle, (ulong)&message);
            // A send that failed gave everything back to this program.
            if (status < 0 && manifest != null) ProgramHeap.AdoptAll((ulong*)RuntimeServices.AddressOf(manifest) + 2, (int)message.Count + 1);
            else if (status < 0 && value != null) ProgramHeap.Adopt(message.Address, message.Bytes);
            Check(status, "Send");
        }

        // A message for one object without references.
        private static void Single(ref T value, MethodTable* type, ref ObjectMessage message)
        {
            string refusal = ObjectGraph.RefusalOf(type);
            if (refusal != null) throw new ArgumentException("an object of type " + RuntimeSymbols.TypeNameOf(type) + " cannot travel to another program: it " + refusal);
            value = Unsafe.As<T>(ObjectGraph.OnTheHeap(value));
            message.Address = AddressOf(value);
            message.Shape = ObjectGraph.Shape(type);
            message.Bytes = ProgramHeap.GiveAway(message.Address);
            if (message.Bytes == 0) throw new ArgumentException("the object is not this program's to send (was it sent already?)");
        }

        // A message for the graph value reaches: its manifest, given away with its objects. The
        // manifest's own entry is added last, so that a failed send can take back all at once.
        private static ulong[] Graph(ref T value, ref ObjectMessage message)
        {
            object root = value;
            ulong[] entries = ObjectGraph.Collect(ref root, out int count);
            value = Unsafe.As<T>(root);
            var manifest = new ulong[(count + 1) * ObjectMessage.ManifestWords];
            for (int i = 0; i < count * ObjectMessage.ManifestWords; i++) manifest[i] = entries[i];
            ulong manifestAddress = (ulong)RuntimeServices.AddressOf(manifest);
            manifest[count * ObjectMessage.ManifestWords] = manifestAddress;
            if (!ProgramHeap.GiveAwayAll(manifest, count + 1)) throw new ArgumentException("the graph reaches objects that are not this program's to send");
            message.Address = manifestAddress;
            message.Bytes = manifest[count * ObjectMessage.ManifestWords + 1];
            message.Shape = manifest[2];
            message.Count = (ulong)count;
            return manifest;
        }

        /// <summary>The next object, now this program's; null once the channel is closed and
        /// drained (ok == false), or when null was sent. Throws InvalidOperationException when the
        /// sender's object is not a T (it is given up).</summary>
        public T Receive(out bool ok)
        {
            ObjectMessage message;
            ok = Check(KernelCall.Call(SystemCall.ChannelReceive, (ulong)Handle, (ulong)&message), "Receive") == 1;
            if (!ok || message.Address == 0) return null;
            if (message.Count > 0) return Unsafe.As<T>(ObjectGraph.Adopt(message, _type));
            if (message.Shape != ObjectGraph.Shape(_type) || !ObjectGraph.Fits(message.Address, message.Bytes, _type))
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

        private static MethodTable* TypeOfT() => (MethodTable*)typeof(T).TypeHandle.Value;

        private static ulong AddressOf(T value) => (ulong)RuntimeServices.AddressOf(value);
    }
}
