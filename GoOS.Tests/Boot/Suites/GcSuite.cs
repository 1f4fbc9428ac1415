using System.Runtime.CompilerServices;
using GoOS.Kernel;
using GoOS.Kernel.Memory;
using Internal.Runtime;
using Internal.Runtime.GarbageCollection;

namespace GoOS.BootSuites
{
    /// <summary>The garbage collector compiled by ILC, on kernel pages, over objects with ILC's own
    /// MethodTables and GC descriptors (read by MethodTableLayout). The runtime's allocator does
    /// not use it yet: objects are placed on the GC heap here by hand.</summary>
    internal static unsafe class GcSuite
    {
        private sealed class Node
        {
            public Node Next;
            public object Other;
            public long Value;
        }

        private struct Pair
        {
            public Node First;
            public long Middle;
            public Node Second;
        }

        /// <summary>Pages from the physical allocator through the direct map.</summary>
        private struct KernelGcPlatform : IGcPlatform
        {
            public byte* MapPages(ulong bytes)
            {
                if (PhysicalMemory.AllocateRun(bytes / PageFrameAllocator.PageSize, PageFrameAllocator.PageSize, out ulong physical) != MemoryStatus.Ok) return null;
                ulong* memory = (ulong*)KernelLayout.PhysicalToVirtual(physical);
                for (ulong i = 0; i < bytes / 8; i++) memory[i] = 0;
                return (byte*)memory;
            }

            public void UnmapPages(byte* start, ulong bytes) =>
                PhysicalMemory.FreeRun((ulong)start - KernelLayout.DirectMapBase, bytes / PageFrameAllocator.PageSize);

            public ulong Timestamp() => Kernel.Kernel.ReadTimestamp();

            // The suite's heaps never receive objects from other programs.
            public void ReleaseForeign(ulong obj, ulong bytes) { }

            public ulong ObjectSize(byte* obj) => MethodTableLayout.ObjectSize(obj);

            public void VisitReferences<TVisitor>(byte* obj, ref TVisitor visitor) where TVisitor : struct, IGcReferenceVisitor =>
                MethodTableLayout.VisitReferences(obj, ref visitor);
        }

        private static GcHeap<KernelGcPlatform> s_heap;
        private static ulong s_root;                 // an exact root slot, as a static reference would be

        private static ulong AddressOf(object obj) => *(ulong*)Unsafe.AsPointer(ref obj);

        // An instance of prototype's type with 'length' elements, on the GC heap.
        private static T New<T>(T prototype, int length) where T : class
        {
            MethodTable* type = *(MethodTable**)AddressOf(prototype);
            byte* obj = s_heap.Allocate(type->BaseSize + (ulong)length * type->ComponentSize);
            Check.True(obj != null, "allocation");
            *(MethodTable**)obj = type;
            if (type->HasComponentSize) *(int*)(obj + 8) = length;
            return Unsafe.As<T>(Unsafe.AsRef<object>(&obj));
        }

        private static Node NewNode(Node prototype, long value, Node next)
        {
            Node node = New(prototype, 0);
            node.Value = value;
            node.Next = next;
            return node;
        }

        private static void CollectFromRootSlot()
        {
            ulong* slot = (ulong*)Unsafe.AsPointer(ref s_root);
            GcRoots roots = default;
            roots.ExactSlots = &slot;
            roots.ExactSlotCount = 1;
            s_heap.Collect(in roots);
        }

        public static int Run()
        {
            var suite = new BootTestSuite("gc", 3);
            ulong baseline = PhysicalMemory.FreePages;
            s_heap.Initialize(default, GcSettings.Default);
            Node nodePrototype = new Node();

            suite.Test("list-survives-garbage-is-freed", () =>
            {
                Node head = null;
                for (int i = 999; i >= 0; i--)
                {
                    head = NewNode(nodePrototype, i, head);
                    NewNode(nodePrototype, -i, head).Other = head;          // garbage pointing into the list
                }
                s_root = AddressOf(head);
                CollectFromRootSlot();
                Check.Equal(1000, (long)s_heap.Statistics.LiveObjects, "live objects");
                Check.Equal(1000 * 40, (long)s_heap.Statistics.LiveBytes, "live bytes");
                int count = 0;
                for (Node node = head; node != null; node = node.Next) Check.Equal(count++, node.Value, "value");
                Check.Equal(1000, count, "list length");
                Check.True(s_heap.FindObject(AddressOf(head) + 16) == AddressOf(head), "interior address of a live node");
            });

            suite.Test("arrays-of-references-and-of-structs", () =>
            {
                object[] references = New(new object[0], 10);
                for (int i = 0; i < 10; i++) references[i] = NewNode(nodePrototype, i, null);
                Pair[] pairs = New(new Pair[0], 5);
                for (int i = 0; i < 5; i++)
                {
                    pairs[i].First = NewNode(nodePrototype, 100 + i, null);
                    pairs[i].Middle = (long)AddressOf(NewNode(nodePrototype, -1, null));   // not a reference: dies
                    pairs[i].Second = NewNode(nodePrototype, 200 + i, null);
                }
                Node holder = NewNode(nodePrototype, 0, null);
                holder.Other = references;
                holder.Next = NewNode(nodePrototype, 1, null);
                holder.Next.Other = pairs;
                s_root = AddressOf(holder);
                CollectFromRootSlot();
                Check.Equal(2 + 1 + 10 + 1 + 10, (long)s_heap.Statistics.LiveObjects, "live objects");
                for (int i = 0; i < 10; i++) Check.Equal(i, ((Node)references[i]).Value, "element");
                for (int i = 0; i < 5; i++)
                {
                    Check.Equal(100 + i, pairs[i].First.Value, "first");
                    Check.Equal(200 + i, pairs[i].Second.Value, "second");
                    Check.True(s_heap.FindObject((ulong)pairs[i].Middle) == 0, "an integer field keeps nothing alive");
                }
            });

            suite.Test("conservative-roots-and-pages-returned", () =>
            {
                Node kept = NewNode(nodePrototype, 42, NewNode(nodePrototype, 43, null));
                ulong* stack = stackalloc ulong[4];
                stack[0] = 12345;
                stack[1] = AddressOf(kept) + 24;                              // interior
                stack[2] = AddressOf(nodePrototype);                          // outside the GC heap
                stack[3] = 0;
                GcRange range = new GcRange((ulong)stack, (ulong)(stack + 4));
                GcRoots roots = default;
                roots.ConservativeRanges = &range;
                roots.ConservativeRangeCount = 1;
                s_root = 0;
                s_heap.Collect(in roots);
                Check.Equal(2, (long)s_heap.Statistics.LiveObjects, "live objects");
                Check.Equal(43, kept.Next.Value, "next value");
                s_heap.Release();
                Check.Equal((long)baseline, (long)PhysicalMemory.FreePages, "free pages after releasing the heap");
            });

            return suite.Finish();
        }
    }
}
