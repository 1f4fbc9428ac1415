namespace Internal.Runtime.GarbageCollection
{
    /// <summary>Marked objects whose references are still to be scanned, on mapped pages kept from
    /// one collection to the next. When it is full and may not grow, Overflowed records that
    /// some marked object was dropped unscanned. Used only with the world stopped.</summary>
    internal unsafe struct MarkStack
    {
        private ulong* _items;
        private ulong _count;
        private ulong _capacity;
        private ulong _mappedBytes;
        public bool Overflowed;

        public ulong MappedBytes => _mappedBytes;

        public bool TryPush(ulong obj)
        {
            if (_count == _capacity) return false;
            _items[_count++] = obj;
            return true;
        }

        public bool TryPop(out ulong obj)
        {
            if (_count == 0)
            {
                obj = 0;
                return false;
            }
            obj = _items[--_count];
            return true;
        }

        /// <summary>Maps a stack twice as large (or 'initialBytes' for the first), up to
        /// 'maximumBytes', keeping the entries; false when at the maximum or out of memory.</summary>
        public bool Grow<TPlatform>(ref TPlatform platform, ulong initialBytes, ulong maximumBytes) where TPlatform : struct, IGcPlatform
        {
            ulong bytes = _mappedBytes == 0 ? GcMemory.RoundUp(initialBytes, GcPage.Size) : _mappedBytes * 2;
            if (bytes == 0 || bytes > maximumBytes) return false;
            ulong* items = (ulong*)platform.MapPages(bytes);
            if (items == null) return false;
            if (_items != null)
            {
                GcMemory.Copy((byte*)items, (byte*)_items, _count * 8);
                platform.UnmapPages((byte*)_items, _mappedBytes);
            }
            _items = items;
            _mappedBytes = bytes;
            _capacity = bytes / 8;
            return true;
        }

        public void Release<TPlatform>(ref TPlatform platform) where TPlatform : struct, IGcPlatform
        {
            if (_items != null) platform.UnmapPages((byte*)_items, _mappedBytes);
            this = default;
        }
    }
}
