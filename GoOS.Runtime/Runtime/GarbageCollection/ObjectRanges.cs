namespace Internal.Runtime.GarbageCollection
{
    /// <summary>A set of objects, each with the bytes of its allocation from its header word,
    /// sorted by address in an array on mapped pages, with a mark bit each. The heap keeps two:
    /// the objects it received from other programs (foreign: found by any address inside them,
    /// marked and swept like its own) and the objects it gave away (found by exact address).
    /// Guarded by: the runtime's allocation lock; the collector runs with the world stopped.</summary>
    internal unsafe struct ObjectRanges
    {
        private Entry* _entries;
        private int _count;
        private int _capacity;
        private ulong _mappedBytes;

        private struct Entry
        {
            public ulong Object;       // address of the type pointer
            public ulong Bytes;        // allocation from the header word; bit 0: marked
        }

        public int Count => _count;
        public ulong MappedBytes => _mappedBytes;
        public ulong ObjectAt(int index) => _entries[index].Object;
        public ulong BytesAt(int index) => _entries[index].Bytes & ~1UL;

        /// <summary>Adds obj (bytes a multiple of 8), growing the array through the platform;
        /// false (set unchanged) when no memory is left or obj is there already.</summary>
        public bool Insert<TPlatform>(ref TPlatform platform, ulong obj, ulong bytes) where TPlatform : struct, IGcPlatform
        {
            int position = LowerBound(obj);
            if (position < _count && _entries[position].Object == obj) return false;
            if (_count == _capacity && !Grow(ref platform)) return false;
            for (int i = _count; i > position; i--) _entries[i] = _entries[i - 1];
            _entries[position] = new Entry { Object = obj, Bytes = bytes };
            _count++;
            return true;
        }

        /// <summary>The index of obj itself, or -1.</summary>
        public int IndexOf(ulong obj)
        {
            int position = LowerBound(obj);
            return position < _count && _entries[position].Object == obj ? position : -1;
        }

        /// <summary>The index of the object whose allocation (header word included) contains
        /// address, or -1.</summary>
        public int IndexContaining(ulong address)
        {
            int position = LowerBound(address + 8 + 1) - 1;   // the last object starting at or below address + 8
            if (position < 0) return -1;
            Entry entry = _entries[position];
            return address >= entry.Object - 8 && address < entry.Object - 8 + (entry.Bytes & ~1UL) ? position : -1;
        }

        public void RemoveAt(int index)
        {
            for (int i = index; i + 1 < _count; i++) _entries[i] = _entries[i + 1];
            _count--;
        }

        /// <summary>Removes every object whose address is in [low, high) (a block going away).</summary>
        public void RemoveBetween(ulong low, ulong high)
        {
            int first = LowerBound(low), end = LowerBound(high);
            if (end == first) return;
            for (int i = end; i < _count; i++) _entries[first + i - end] = _entries[i];
            _count -= end - first;
        }

        public bool IsMarked(int index) => (_entries[index].Bytes & 1) != 0;

        /// <summary>Sets the mark of entry index; true if it was clear.</summary>
        public bool TryMark(int index)
        {
            if ((_entries[index].Bytes & 1) != 0) return false;
            _entries[index].Bytes |= 1;
            return true;
        }

        /// <summary>Keeps the marked entries (marks cleared) and returns the unmarked ones to the
        /// caller through action.Apply(object, bytes) before dropping them.</summary>
        public void Sweep<TAction>(ref TAction action) where TAction : struct, IGcRangeAction
        {
            int kept = 0;
            for (int i = 0; i < _count; i++)
            {
                Entry entry = _entries[i];
                if ((entry.Bytes & 1) == 0)
                {
                    action.Apply(entry.Object, entry.Bytes);
                    continue;
                }
                entry.Bytes &= ~1UL;
                _entries[kept++] = entry;
            }
            _count = kept;
        }

        /// <summary>Returns the array itself to the platform (the objects are not the table's).</summary>
        public void Release<TPlatform>(ref TPlatform platform) where TPlatform : struct, IGcPlatform
        {
            if (_entries != null) platform.UnmapPages((byte*)_entries, _mappedBytes);
            this = default;
        }

        // The first index whose object is at or above address.
        private int LowerBound(ulong address)
        {
            int low = 0, high = _count;
            while (low < high)
            {
                int middle = (low + high) / 2;
                if (_entries[middle].Object < address) low = middle + 1;
                else high = middle;
            }
            return low;
        }

        private bool Grow<TPlatform>(ref TPlatform platform) where TPlatform : struct, IGcPlatform
        {
            ulong bytes = _mappedBytes == 0 ? GcPage.Size : _mappedBytes * 2;
            Entry* entries = (Entry*)platform.MapPages(bytes);
            if (entries == null) return false;
            if (_entries != null)
            {
                GcMemory.Copy((byte*)entries, (byte*)_entries, (ulong)_count * (ulong)sizeof(Entry));
                platform.UnmapPages((byte*)_entries, _mappedBytes);
            }
            _entries = entries;
            _mappedBytes = bytes;
            _capacity = (int)(bytes / (ulong)sizeof(Entry));
            return true;
        }
    }
}
