namespace Internal.Runtime.GarbageCollection
{
    /// <summary>Every block of the heap, sorted by address, in an array on mapped pages, so that
    /// an arbitrary address (a stack word) is found in O(log blocks). Guarded by: the runtime's
    /// allocation lock; the collector runs with the world stopped.</summary>
    internal unsafe struct BlockTable
    {
        private GcBlock** _entries;
        private int _count;
        private int _capacity;
        private ulong _mappedBytes;

        public int Count => _count;
        public ulong MappedBytes => _mappedBytes;
        public GcBlock* this[int index] => _entries[index];

        /// <summary>Adds 'block', growing the array through the platform; false (table unchanged)
        /// when no memory is left for a larger array.</summary>
        public bool Insert<TPlatform>(ref TPlatform platform, GcBlock* block) where TPlatform : struct, IGcPlatform
        {
            if (_count == _capacity && !Grow(ref platform)) return false;
            int position = _count;
            while (position > 0 && _entries[position - 1] > block)
            {
                _entries[position] = _entries[position - 1];
                position--;
            }
            _entries[position] = block;
            _count++;
            return true;
        }

        private bool Grow<TPlatform>(ref TPlatform platform) where TPlatform : struct, IGcPlatform
        {
            ulong bytes = _mappedBytes == 0 ? GcPage.Size : _mappedBytes * 2;
            GcBlock** entries = (GcBlock**)platform.MapPages(bytes);
            if (entries == null) return false;
            if (_entries != null)
            {
                GcMemory.Copy((byte*)entries, (byte*)_entries, (ulong)_count * 8);
                platform.UnmapPages((byte*)_entries, _mappedBytes);
            }
            _entries = entries;
            _mappedBytes = bytes;
            _capacity = (int)(bytes / 8);
            return true;
        }

        /// <summary>The block whose mapped memory contains 'address', or null.</summary>
        public GcBlock* Find(ulong address)
        {
            if (_count == 0 || address < (ulong)_entries[0]) return null;
            GcBlock* last = _entries[_count - 1];
            if (address >= (ulong)last + last->Bytes) return null;
            int low = 0, high = _count - 1;          // the answer is in [low, high]
            while (low < high)
            {
                int middle = (low + high + 1) / 2;
                if ((ulong)_entries[middle] <= address) low = middle;
                else high = middle - 1;
            }
            GcBlock* block = _entries[low];
            return address < (ulong)block + block->Bytes ? block : null;
        }

        /// <summary>Keeps the first 'count' entries; the sweep rewrites the survivors in place with
        /// Set and then cuts the table, so removal never needs memory.</summary>
        public void Set(int index, GcBlock* block) => _entries[index] = block;

        public void Truncate(int count) => _count = count;

        /// <summary>Returns the array itself to the platform (the blocks are the caller's).</summary>
        public void Release<TPlatform>(ref TPlatform platform) where TPlatform : struct, IGcPlatform
        {
            if (_entries != null) platform.UnmapPages((byte*)_entries, _mappedBytes);
            this = default;
        }
    }
}
