namespace Internal.Runtime.GarbageCollection
{
    /// <summary>One program's garbage-collected heap: objects on pages mapped through TPlatform,
    /// collected by a non-moving mark-sweep (GcHeap.Collection.cs). Small objects
    /// (up to SizeClasses.LargeObjectThreshold) live in 64 KiB blocks of one size class; larger
    /// ones on their own pages, unmapped when they die.
    ///
    /// The heap is an unmanaged struct so that the runtime can keep it in a static field before
    /// any managed allocation is possible; call its methods on that field, never on a copy.
    /// Threads: the runtime serializes Allocate (and the CollectionDue check) with one lock taken
    /// in its RhpNew* helpers, and calls Collect holding that lock with every other thread of the
    /// program stopped. All fields below are guarded by that lock.
    ///
    /// The allocation protocol for the runtime:
    ///   1. If CollectionDue, stop the other threads, Collect(roots), resume them.
    ///   2. obj = Allocate(size); write the type pointer (and length) into it.
    ///   3. If Allocate returned null, collect as in 1 and try once more; null again is out of memory.</summary>
    public unsafe partial struct GcHeap<TPlatform> where TPlatform : struct, IGcPlatform
    {
        private TPlatform _platform;
        private GcSettings _settings;
        private BlockTable _blocks;
        private SizeClassLists _withRoom;
        private MarkStack _markStack;
        private ObjectRanges _foreign;       // objects other programs sent this one (GcHeap.Transfer.cs)
        private ObjectRanges _given;         // objects of this heap's blocks sent to other programs
        private GcBlock* _spares;            // empty small blocks kept mapped, chained through NextWithRoom
        private int _spareCount;
        private ulong _blockBytes;           // bytes of the blocks and large objects in _blocks
        private GcStatistics _statistics;    // MappedBytes is computed on demand

        /// <summary>Prepares an empty heap; maps nothing until the first allocation.</summary>
        public void Initialize(TPlatform platform, GcSettings settings)
        {
            this = default;
            _platform = platform;
            _settings = settings;
        }

        public GcStatistics Statistics
        {
            get
            {
                GcStatistics statistics = _statistics;
                statistics.MappedBytes = _blockBytes + (ulong)_spareCount * GcBlock.SmallBlockBytes + _blocks.MappedBytes + _markStack.MappedBytes
                    + _foreign.MappedBytes + _given.MappedBytes;
                return statistics;
            }
        }

        /// <summary>Whether the runtime should collect before its next allocation: the bytes
        /// allocated since the last collection reached max(live bytes then, MinimumTrigger).</summary>
        public bool CollectionDue
        {
            get
            {
                ulong threshold = _statistics.LiveBytes > _settings.MinimumTrigger ? _statistics.LiveBytes : _settings.MinimumTrigger;
                return _statistics.AllocatedSinceCollection >= threshold;
            }
        }

        /// <summary>The object (address of its type pointer) whose memory contains 'address', its
        /// header word included, if that object is allocated in this heap; otherwise 0 (outside the
        /// heap, in a block header, in a free slot). For conservative scanning and debugging.</summary>
        public ulong FindObject(ulong address)
        {
            GcBlock* block = _blocks.Find(address);
            return block == null ? 0 : block->ObjectAt(address);
        }

        /// <summary>Returns every page to the platform (the program is done with the heap). Any
        /// object of the heap is gone afterwards.</summary>
        public void Release()
        {
            for (int i = 0; i < _blocks.Count; i++)
            {
                GcBlock* block = _blocks[i];
                _platform.UnmapPages((byte*)block, block->Bytes);
            }
            while (_spares != null)
            {
                GcBlock* spare = _spares;
                _spares = spare->NextWithRoom;
                _platform.UnmapPages((byte*)spare, GcBlock.SmallBlockBytes);
            }
            _blocks.Release(ref _platform);
            _markStack.Release(ref _platform);
            _foreign.Release(ref _platform);
            _given.Release(ref _platform);
            TPlatform platform = _platform;
            GcSettings settings = _settings;
            Initialize(platform, settings);
        }
    }
}
