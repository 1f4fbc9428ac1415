using System;
using System.Runtime.CompilerServices;
using GoOS.Abi;
using Internal.Runtime;
using Internal.Runtime.GarbageCollection;

namespace GoOS.Runtime
{
    /// <summary>Objects as they travel over object channels (ChanOfObject, DESIGN.md §3): their
    /// identity (shape), which types may travel, the graph a sent object reaches (the sender's
    /// manifest) and the receiver's adoption of a graph. The kernel moves the pages; this is
    /// what each runtime does around that.</summary>
    internal static unsafe class ObjectGraph
    {
        /// <summary>A type's identity as it travels: ILC's hash of its name, its base size and
        /// component size. The receiver finds its own type by it (ImageTables.TypeWithIdentity).</summary>
        public static ulong Shape(MethodTable* type) => (ulong)type->NameHash << 32 | (ulong)type->BaseSize << 16 | type->ComponentSize;

        /// <summary>Why objects of type cannot travel to another program, or null if they can:
        /// a finalizer (it would run in the wrong program), a delegate or channel (code addresses
        /// and handles mean nothing elsewhere), a base size the shape cannot carry.</summary>
        public static string RefusalOf(MethodTable* type)
        {
            if (type->HasFinalizer) return "has a finalizer";
            if (type->BaseSize >= 0x10000) return "is too large";
            for (MethodTable* t = type; t != null; t = t->ParentType)
            {
                if (t == (MethodTable*)s_delegateType) return "is a delegate";
                if (t == (MethodTable*)s_channelType) return "is a channel";
            }
            return null;
        }

        // The types whose descendants never travel (typeof makes a Type object: once is enough).
        private static readonly nint s_delegateType = typeof(Delegate).TypeHandle.Value;
        private static readonly nint s_channelType = typeof(Channel).TypeHandle.Value;

        /// <summary>Bytes of obj's allocation from its header word.</summary>
        public static ulong AllocationBytes(ulong obj) => (MethodTableLayout.ObjectSize((byte*)obj) + 7) & ~7UL;

        /// <summary>A heap copy of obj, an object that is not on the heap (a frozen object of
        /// the program image, such as a string literal): its pages are the image's and cannot move.</summary>
        public static object CopyIntoHeap(object obj)
        {
            MethodTable* type = RuntimeServices.MethodTableOf(obj);
            byte* source = (byte*)RuntimeServices.AddressOf(obj);
            int length = type->HasComponentSize ? *(int*)(source + 8) : 0;
            object copy = type->HasComponentSize ? Allocator.NewArray(type, length) : Allocator.NewObject(type);
            ulong size = type->BaseSize + (ulong)length * type->ComponentSize;
            Memory.Move((byte*)RuntimeServices.AddressOf(copy) + 8, source + 8, size - 8);
            return copy;
        }

        /// <summary>obj if this program owns it on its heap; a heap copy of it if it is off the
        /// heap. Throws ArgumentException for an object on the heap that is not this program's
        /// any more (sent already).</summary>
        public static object OnTheHeap(object obj)
        {
            ulong address = (ulong)RuntimeServices.AddressOf(obj);
            if (ProgramHeap.Owns(address)) return obj;
            if (ProgramHeap.Holds(address)) throw new ArgumentException("an object this program sent away already cannot be sent again");
            return CopyIntoHeap(obj);
        }

        /// <summary>The manifest of the graph root reaches: ObjectMessage.ManifestWords words per
        /// object (address, bytes, shape), root first, in a ulong[] (count objects). Objects off
        /// the heap are replaced by heap copies, in root itself and in the slots that referred to
        /// them. Throws ArgumentException naming the first type that cannot travel, or when the
        /// graph has more than ObjectMessage.MaximumGraphObjects objects.</summary>
        public static ulong[] Collect(ref object root, out int count)
        {
            root = OnTheHeap(root);
            var walk = new GraphWalk();
            walk.Reach((ulong)RuntimeServices.AddressOf(root));
            while (walk.Pending > 0)
            {
                ulong obj = walk.Pop();
                MethodTable* type = *(MethodTable**)obj;
                string refusal = RefusalOf(type);
                if (refusal != null) throw new ArgumentException("an object of type " + RuntimeSymbols.TypeNameOf(type) + " cannot travel to another program: it " + refusal);
                walk.Add(obj, AllocationBytes(obj), Shape(type));
                if (!type->HasPointers) continue;
                var slots = new SlotList { Slots = walk.Slots };
                MethodTableLayout.VisitReferences((byte*)obj, ref slots);
                walk.Slots = slots.Slots;
                for (int i = 0; i < slots.Count; i++)
                {
                    ulong* slot = (ulong*)walk.Slots[i];
                    if (*slot == 0) continue;
                    *slot = (ulong)RuntimeServices.AddressOf(OnTheHeap(RuntimeServices.ObjectFromAddress((void*)*slot)));
                    walk.Reach(*slot);
                }
            }
            count = walk.Count;
            if ((ulong)count > ObjectMessage.MaximumGraphObjects)
                throw new ArgumentException("a graph of " + count.ToString() + " objects cannot travel: at most " + ObjectMessage.MaximumGraphObjects.ToString() + " move in one message");
            return walk.Manifest;
        }

        /// <summary>Takes the graph of message (ObjectMessage.Count objects, its manifest mapped
        /// now) as this program's and returns its root, which must be of rootType: every object
        /// gets this image's type of the same identity, must be exactly the bytes that moved, and
        /// may refer only to objects of the graph. Otherwise everything is given up (released to
        /// the kernel) and InvalidOperationException says why. The manifest is released.</summary>
        public static object Adopt(ObjectMessage message, MethodTable* rootType)
        {
            ulong* entries = (ulong*)(message.Address + 16);
            int count = (int)message.Count;
            string wrong = message.Count > ObjectMessage.MaximumGraphObjects || message.Bytes < 16 + message.Count * ObjectMessage.ManifestWords * 8 ? "a manifest too short" : null;
            var types = wrong == null ? new ulong[count] : null;
            for (int i = 0; wrong == null && i < count; i++)
            {
                ulong* entry = entries + i * ObjectMessage.ManifestWords;
                MethodTable* type = i == 0 ? (entry[2] == Shape(rootType) ? rootType : null)
                    : ImageTables.TypeWithIdentity((uint)(entry[2] >> 32), (uint)(entry[2] >> 16) & 0xFFFF, (ushort)entry[2]);
                if (type == null) wrong = "an object of a type this program does not have";
                else if (!Fits(entry[0], entry[1], type)) wrong = "an object that is not the bytes that moved";
                else types[i] = (ulong)type;
            }
            if (wrong == null) wrong = CheckReferences(entries, count, types);
            if (wrong == null && !ProgramHeap.AdoptAll(entries, count)) wrong = "objects this program cannot adopt";
            if (wrong != null)
            {
                for (int i = 0; i < count && message.Bytes >= 16 + (ulong)(i + 1) * ObjectMessage.ManifestWords * 8; i++)
                    KernelCall.Call(SystemCall.ObjectRelease, entries[i * ObjectMessage.ManifestWords], entries[i * ObjectMessage.ManifestWords + 1]);
                KernelCall.Call(SystemCall.ObjectRelease, message.Address, message.Bytes);
                throw new InvalidOperationException("received " + wrong);
            }
            ulong root = entries[0];
            KernelCall.Call(SystemCall.ObjectRelease, message.Address, message.Bytes);
            return RuntimeServices.ObjectFromAddress((void*)root);
        }

        /// <summary>Whether obj, as an object of this program's type, is exactly bytes long.</summary>
        public static bool Fits(ulong obj, ulong bytes, MethodTable* type)
        {
            ulong size = type->BaseSize;
            if (type->HasComponentSize) size += (ulong)*(uint*)(obj + 8) * type->ComponentSize;
            return ((size + 7) & ~7UL) == bytes;
        }

        // Gives every object its type (types[i]) and checks that each reference it holds is null
        // or one of the graph's objects; the reason it is not, or null.
        private static string CheckReferences(ulong* entries, int count, ulong[] types)
        {
            var members = new ulong[count];
            for (int i = 0; i < count; i++)
            {
                members[i] = entries[i * ObjectMessage.ManifestWords];
                *(ulong*)members[i] = types[i];
            }
            Sort(members);
            var slots = new SlotList { Slots = new ulong[16] };
            for (int i = 0; i < count; i++)
            {
                var type = (MethodTable*)types[i];
                if (!type->HasPointers) continue;
                slots.Count = 0;
                MethodTableLayout.VisitReferences((byte*)entries[i * ObjectMessage.ManifestWords], ref slots);
                for (int s = 0; s < slots.Count; s++)
                {
                    ulong target = *(ulong*)slots.Slots[s];
                    if (target != 0 && !Contains(members, target)) return "an object that refers outside its graph";
                }
            }
            return null;
        }

        private static void Sort(ulong[] values)
        {
            // Heapsort: no recursion, no allocation.
            int n = values.Length;
            for (int start = n / 2 - 1; start >= 0; start--) SiftDown(values, start, n);
            for (int end = n - 1; end > 0; end--)
            {
                (values[0], values[end]) = (values[end], values[0]);
                SiftDown(values, 0, end);
            }
        }

        private static void SiftDown(ulong[] values, int root, int end)
        {
            while (2 * root + 1 < end)
            {
                int child = 2 * root + 1;
                if (child + 1 < end && values[child + 1] > values[child]) child++;
                if (values[root] >= values[child]) return;
                (values[root], values[child]) = (values[child], values[root]);
                root = child;
            }
        }

        private static bool Contains(ulong[] sorted, ulong value)
        {
            int low = 0, high = sorted.Length;
            while (low < high)
            {
                int middle = (low + high) / 2;
                if (sorted[middle] < value) low = middle + 1;
                else high = middle;
            }
            return low < sorted.Length && sorted[low] == value;
        }

        // The reference slots of one object, into a growing array.
        private struct SlotList : IGcReferenceVisitor
        {
            public ulong[] Slots;
            public int Count;

            public void Visit(ulong* slot)
            {
                if (Count == Slots.Length)
                {
                    var larger = new ulong[Slots.Length * 2];
                    for (int i = 0; i < Count; i++) larger[i] = Slots[i];
                    Slots = larger;
                }
                Slots[Count++] = (ulong)slot;
            }
        }
    }
}
