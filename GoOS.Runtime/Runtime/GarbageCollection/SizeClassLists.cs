namespace Internal.Runtime.GarbageCollection
{
    /// <summary>For each size class, the chain (through GcBlock.NextWithRoom) of its blocks that
    /// have a free slot. Full blocks are on no chain; the sweep rebuilds all chains.</summary>
    internal unsafe struct SizeClassLists
    {
        private fixed ulong _heads[SizeClasses.Count];

        public GcBlock* Head(int sizeClass) => (GcBlock*)_heads[sizeClass];

        public void Push(GcBlock* block)
        {
            block->NextWithRoom = (GcBlock*)_heads[block->SizeClass];
            _heads[block->SizeClass] = (ulong)block;
        }

        /// <summary>Unlinks the head of the chain of 'sizeClass' (after it became full).</summary>
        public void PopHead(int sizeClass)
        {
            GcBlock* head = (GcBlock*)_heads[sizeClass];
            _heads[sizeClass] = (ulong)head->NextWithRoom;
            head->NextWithRoom = null;
        }

        public void Clear()
        {
            for (int i = 0; i < SizeClasses.Count; i++) _heads[i] = 0;
        }
    }
}
