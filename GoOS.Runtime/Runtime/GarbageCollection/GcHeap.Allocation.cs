namespace Internal.Runtime.GarbageCollection
{
    public unsafe partial struct GcHeap<TPlatform>
    {
        /// <summary>Zeroed memory for an object of 'size' bytes (header word included, as BaseSize
        /// plus elements); returns the object reference, 8 bytes into the allocation, where the
        /// runtime writes the type pointer. Null when the platform has no pages left. Never collects:
        /// the runtime checks CollectionDue (see the protocol on GcHeap). Caller holds the allocation lock.</summary>
        public byte* Allocate(ulong size)
        {
            if (size > (1UL << 46)) return null;
            size = GcMemory.RoundUp(size < SizeClasses.MinimumObjectSize ? SizeClasses.MinimumObjectSize : size, 8);
            byte* slot = size > SizeClasses.LargeObjectThreshold ? AllocateLarge(size) : AllocateSmall(size);
            if (slot == null) return null;
            _statistics.TotalAllocatedBytes += size;
            _statistics.AllocatedSinceCollection += size;
            return slot + 8;
        }

        private byte* AllocateSmall(ulong size)
        {
            int sizeClass = SizeClasses.ClassOf(size);
            GcBlock* block = _withRoom.Head(sizeClass);
            if (block == null)
            {
                block = NewSmallBlock(sizeClass);
                if (block == null) return null;
                _withRoom.Push(block);
            }
            byte* slot = block->TakeSlot();
            if (!block->HasRoom) _withRoom.PopHead(sizeClass);
            return slot;
        }

        // A block for 'sizeClass', from the spares (zeroed again) or new from the platform, entered in the table.
        private GcBlock* NewSmallBlock(int sizeClass)
        {
            byte* memory;
            if (_spares != null)
            {
                memory = (byte*)_spares;
                _spares = _spares->NextWithRoom;
                _spareCount--;
                GcMemory.Zero(memory, GcBlock.SmallBlockBytes);
            }
            else
            {
                memory = _platform.MapPages(GcBlock.SmallBlockBytes);
                if (memory == null) return null;
            }
            GcBlock* block = GcBlock.Format(memory, GcBlock.SmallBlockBytes, sizeClass, SizeClasses.SlotSize(sizeClass));
            if (!_blocks.Insert(ref _platform, block))
            {
                _platform.UnmapPages(memory, GcBlock.SmallBlockBytes);
                return null;
            }
            _blockBytes += GcBlock.SmallBlockBytes;
            return block;
        }

        // A large object on pages of its own: a block with one slot.
        private byte* AllocateLarge(ulong size)
        {
            ulong bytes = GcMemory.RoundUp(GcBlock.HeaderBytes + size, GcPage.Size);
            byte* memory = _platform.MapPages(bytes);
            if (memory == null) return null;
            GcBlock* block = GcBlock.Format(memory, bytes, GcBlock.LargeObjectClass, size);
            if (!_blocks.Insert(ref _platform, block))
            {
                _platform.UnmapPages(memory, bytes);
                return null;
            }
            _blockBytes += bytes;
            return block->TakeSlot();
        }
    }
}
