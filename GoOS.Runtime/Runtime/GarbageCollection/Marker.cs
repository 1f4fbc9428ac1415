namespace Internal.Runtime.GarbageCollection
{
    /// <summary>The mark phase of one collection: a local of GcHeap.Collect that holds copies of
    /// the platform handle and the block table (neither changes while marking; the mark bits live
    /// in the blocks) and the mark stack, which Collect takes back at the end.</summary>
    internal unsafe struct Marker<TPlatform> : IGcReferenceVisitor, IGcObjectAction where TPlatform : struct, IGcPlatform
    {
        public TPlatform Platform;
        public BlockTable Blocks;
        /// <summary>Objects other programs sent: marked like the heap's own (their mark bits live
        /// in the table's array) and scanned (their references lead to others of their graph).</summary>
        public ObjectRanges Foreign;
        public MarkStack Stack;
        public ulong InitialStackBytes;
        public ulong MaximumStackBytes;
        public ulong MarkedBytes;
        public ulong MarkedObjects;
        public bool EverOverflowed;

        // A direct-mapped cache of Blocks.Find by 64 KiB granule: neighbouring objects share
        // blocks, so most references skip the table's binary search. A hit is checked against
        // the block's bounds, so a stale or shared granule only costs a search. Blocks do not
        // change while marking; a Marker lives for one collection.
        private const int CacheEntries = 64;
        private const int GranuleShift = 16;
        private fixed ulong _cachedGranules[CacheEntries];
        private fixed ulong _cachedBlocks[CacheEntries];

        /// <summary>A reference slot of a scanned object: exact, but it may point outside the heap.</summary>
        public void Visit(ulong* slot) => MarkAddress(*slot);

        /// <summary>Marks the object containing 'address' (at its start or inside it) and queues it
        /// for scanning, if the address is in an allocated slot of this heap and not yet marked.</summary>
        public void MarkAddress(ulong address)
        {
            if (address == 0) return;
            GcBlock* block = FindBlock(address);
            if (block == null)
            {
                if (Foreign.Count != 0) MarkForeign(address);
                return;
            }
            ulong obj = block->ObjectAt(address);
            if (obj == 0 || !block->TryMark(obj)) return;
            // A slot is allocated before the runtime writes its type; such an object has no size or references yet.
            if (*(ulong*)obj == 0) return;
            MarkedBytes += GcMemory.RoundUp(Platform.ObjectSize((byte*)obj), 8);
            MarkedObjects++;
            Queue(obj);
        }

        // Queues the marked object obj for scanning; when the stack cannot take it, Complete
        // rescans every marked object later.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private void Queue(ulong obj)
        {
            if (Stack.TryPush(obj)) return;
            if (Stack.Grow(ref Platform, InitialStackBytes, MaximumStackBytes) && Stack.TryPush(obj)) return;
            Stack.Overflowed = true;
            EverOverflowed = true;
        }

        private void MarkForeign(ulong address)
        {
            int index = Foreign.IndexContaining(address);
            if (index < 0 || !Foreign.TryMark(index)) return;
            MarkedBytes += Foreign.BytesAt(index);
            MarkedObjects++;
            Queue(Foreign.ObjectAt(index));
        }

        private GcBlock* FindBlock(ulong address)
        {
            ulong granule = address >> GranuleShift;
            int entry = (int)(granule % CacheEntries);
            var cached = (GcBlock*)_cachedBlocks[entry];
            if (_cachedGranules[entry] == granule + 1 && address >= (ulong)cached && address < (ulong)cached + cached->Bytes) return cached;
            GcBlock* block = Blocks.Find(address);
            if (block == null) return null;
            _cachedGranules[entry] = granule + 1;
            _cachedBlocks[entry] = (ulong)block;
            return block;
        }

        /// <summary>Scans queued objects until the stack is empty; their unmarked referents are marked and queued.</summary>
        public void Drain()
        {
            while (Stack.TryPop(out ulong obj)) Platform.VisitReferences((byte*)obj, ref this);
        }

        /// <summary>Ends marking: while some marked object was dropped unscanned, scans every marked
        /// object of the heap again. Each pass marks at least one more object, so it ends.</summary>
        public void Complete()
        {
            Drain();
            while (Stack.Overflowed)
            {
                Stack.Overflowed = false;
                for (int i = 0; i < Blocks.Count; i++)
                {
                    GcBlock* block = Blocks[i];
                    block->ForEachMarked(ref this);
                }
                for (int i = 0; i < Foreign.Count; i++)
                    if (Foreign.IsMarked(i)) Apply(Foreign.ObjectAt(i));
            }
        }

        /// <summary>One marked object of the rescan: its referents, then whatever they queued.</summary>
        public void Apply(ulong obj)
        {
            if (*(ulong*)obj == 0) return;
            Platform.VisitReferences((byte*)obj, ref this);
            Drain();
        }
    }
}
