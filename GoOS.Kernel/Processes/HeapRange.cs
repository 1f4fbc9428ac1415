namespace GoOS.Kernel.Processes
{
    /// <summary>Hands out runs of granules of one virtual range (the system-wide heap range,
    /// UserLayout.HeapBase) so that no address is given to two processes at once. One owner
    /// number per granule (0 = free), searched first-fit from a moving hint. A granule its owner
    /// let go of is not reserved again while pages of it are still in use (objects another
    /// process received live there: the page ledger reports PageInUse and PageFreed), so an
    /// address never means two things. Portable; allocation-free after construction.
    /// Guarded by: interrupts off.</summary>
    public sealed class HeapRange
    {
        private readonly ulong _base;
        private readonly ulong _granule;
        private readonly int[] _owner;
        private readonly ushort[] _pagesInUse;   // per granule: its pages the page ledger has in use
        private long _hint;

        public HeapRange(ulong baseAddress, ulong size, ulong granule)
        {
            _base = baseAddress;
            _granule = granule;
            _owner = new int[size / granule];
            _pagesInUse = new ushort[size / granule];
        }

        /// <summary>Granules in use.</summary>
        public long UsedGranules { get; private set; }

        public ulong Granule => _granule;

        /// <summary>Reserves for owner (&gt; 0) the first free run of granules holding bytes;
        /// returns its address, or 0 when no run is free.</summary>
        public ulong Reserve(ulong bytes, int owner)
        {
            long count = Granules(bytes);
            if (count == 0 || count > _owner.Length || owner <= 0) return 0;
            for (int pass = 0; pass < 2; pass++)
            {
                long start = pass == 0 ? _hint : 0;
                long end = pass == 0 ? _owner.Length : _hint + count - 1;
                if (end > _owner.Length) end = _owner.Length;
                long run = 0;
                for (long i = start; i < end; i++)
                {
                    if (_owner[i] != 0 || _pagesInUse[i] != 0) { run = 0; continue; }
                    if (++run < count) continue;
                    long first = i - count + 1;
                    for (long j = first; j <= i; j++) _owner[j] = owner;
                    UsedGranules += count;
                    _hint = i + 1 == _owner.Length ? 0 : i + 1;
                    return _base + (ulong)first * _granule;
                }
            }
            return 0;
        }

        /// <summary>Gives back the granules of [address, address + bytes) (bytes rounded up to
        /// granules). Returns false, and changes nothing, unless address is granule-aligned and
        /// every granule of the run is inside the range and owner's.</summary>
        public bool Release(ulong address, ulong bytes, int owner)
        {
            if (!Contains(address) || (address - _base) % _granule != 0) return false;
            long first = (long)((address - _base) / _granule);
            long count = Granules(bytes);
            if (count == 0 || count > _owner.Length - first) return false;
            for (long i = first; i < first + count; i++) if (_owner[i] != owner) return false;
            for (long i = first; i < first + count; i++) _owner[i] = 0;
            UsedGranules -= count;
            return true;
        }

        /// <summary>Gives back every granule of owner within [low, high) (the window its
        /// reservations spanned).</summary>
        public void ReleaseAll(int owner, ulong low, ulong high)
        {
            if (high <= low || !Contains(low)) return;
            long first = (long)((low - _base) / _granule);
            long end = (long)((high - _base + _granule - 1) / _granule);
            if (end > _owner.Length) end = _owner.Length;
            for (long i = first; i < end; i++)
            {
                if (_owner[i] != owner) continue;
                _owner[i] = 0;
                UsedGranules--;
            }
        }

        /// <summary>A page of the granule holding address came into use (the ledger was given it).</summary>
        public void PageInUse(ulong address)
        {
            if (Contains(address)) _pagesInUse[(address - _base) / _granule]++;
        }

        /// <summary>A page of the granule holding address is free again (nobody owns anything on it).</summary>
        public void PageFreed(ulong address)
        {
            if (Contains(address)) _pagesInUse[(address - _base) / _granule]--;
        }

        /// <summary>The owner of the granule holding address (0 = free or outside the range).</summary>
        public int OwnerOf(ulong address) => Contains(address) ? _owner[(address - _base) / _granule] : 0;

        /// <summary>Whether address lies in the range this object manages.</summary>
        public bool Contains(ulong address) => address >= _base && address - _base < (ulong)_owner.Length * _granule;

        private long Granules(ulong bytes) => (long)((bytes + _granule - 1) / _granule);
    }
}
