namespace GoOS.Kernel.Memory
{
    /// <summary>Physical page frames of 4 KiB, tracked by two bitmaps kept in RAM the allocator
    /// takes for itself: "owned" (the page is usable RAM this allocator hands out) and "free".
    /// A page is handed out lowest address first. Needs no heap, so it works before the runtime
    /// allocator exists. Not thread-safe: the owner serializes calls (see PhysicalMemory).</summary>
    internal unsafe partial struct PageFrameAllocator
    {
        public const ulong PageSize = 4096;
        public const int PageShift = 12;

        private ulong* _owned;              // bit p: page p is RAM this allocator hands out
        private ulong* _free;               // bit p: page p is free; only set where _owned is
        private ulong _wordCount;           // 64-bit words in each bitmap
        private ulong _pageLimit;           // the bitmaps describe pages [0, _pageLimit)
        private ulong _totalPages;
        private ulong _freePages;
        private ulong _firstCandidateWord;  // no free page lies in a word below this one
        private PhysicalRange _metadata;    // where the bitmaps live (owned, never free)

        public ulong TotalPages => _totalPages;
        public ulong FreePages => _freePages;
        public ulong UsedPages => _totalPages - _freePages;

        /// <summary>The first physical address past the highest page the bitmaps describe.</summary>
        public ulong PhysicalEnd => _pageLimit << PageShift;

        /// <summary>The pages holding the bitmaps; they count as owned and used.</summary>
        public PhysicalRange Metadata => _metadata;

        /// <summary>Builds the bitmaps: a page is owned when it lies wholly inside a usable range,
        /// below physicalLimit, and touches no reserved range. The bitmaps go in the lowest place
        /// below metadataLimit that is usable and not reserved; directMap + p is where physical
        /// address p can be written. Returns OutOfMemory when there is no RAM or no room for them.</summary>
        public MemoryStatus Initialize(PhysicalRange* usable, int usableCount, PhysicalRange* reserved, int reservedCount,
            byte* directMap, ulong physicalLimit, ulong metadataLimit)
        {
            this = default;
            ulong top = 0;
            for (int i = 0; i < usableCount; i++)
            {
                ulong end = AlignDown(usable[i].End < physicalLimit ? usable[i].End : physicalLimit);
                if (end > top) top = end;
            }
            if (top == 0) return MemoryStatus.OutOfMemory;
            _pageLimit = top >> PageShift;
            _wordCount = (_pageLimit + 63) / 64;
            ulong bytes = _wordCount * 2 * sizeof(ulong);
            ulong place = FindMetadataPlace(usable, usableCount, reserved, reservedCount, bytes, metadataLimit < top ? metadataLimit : top);
            if (place == ulong.MaxValue) return MemoryStatus.OutOfMemory;

            _metadata = new PhysicalRange(place, AlignUp(place + bytes));
            _owned = (ulong*)(directMap + place);
            _free = _owned + _wordCount;
            for (ulong w = 0; w < 2 * _wordCount; w++) _owned[w] = 0;
            for (int i = 0; i < usableCount; i++)
            {
                ulong end = AlignDown(usable[i].End < top ? usable[i].End : top);
                ulong start = AlignUp(usable[i].Start);
                if (start >= end) continue;
                SetBits(_owned, start >> PageShift, end >> PageShift, true);
            }
            for (int i = 0; i < reservedCount; i++)
            {
                ulong end = AlignUp(reserved[i].End) < top ? AlignUp(reserved[i].End) : top;
                ulong start = AlignDown(reserved[i].Start);
                if (start >= end) continue;
                SetBits(_owned, start >> PageShift, end >> PageShift, false);
            }
            for (ulong w = 0; w < _wordCount; w++)
            {
                _free[w] = _owned[w];
                _totalPages += (ulong)Internal.Runtime.BitScan.PopCount(_owned[w]);
            }
            SetBits(_free, _metadata.Start >> PageShift, _metadata.End >> PageShift, false);
            _freePages = _totalPages - (_metadata.Length >> PageShift);
            return MemoryStatus.Ok;
        }

        /// <summary>Takes the lowest free page.</summary>
        public MemoryStatus Allocate(out ulong physical)
        {
            for (ulong w = _firstCandidateWord; w < _wordCount; w++)
            {
                ulong bits = _free[w];
                if (bits == 0) continue;
                int bit = Internal.Runtime.BitScan.TrailingZeroCount(bits);
                _free[w] = bits & ~(1UL << bit);
                _freePages--;
                _firstCandidateWord = w;
                physical = (w * 64 + (ulong)bit) << PageShift;
                return MemoryStatus.Ok;
            }
            _firstCandidateWord = _wordCount;
            physical = 0;
            return MemoryStatus.OutOfMemory;
        }

        /// <summary>Returns one page. NotOwned for a page the allocator never hands out (reserved,
        /// absent, or its own bitmaps), DoubleFree for one already free; on failure nothing changes.</summary>
        public MemoryStatus Free(ulong physical)
        {
            MemoryStatus status = CheckAllocated(physical);
            if (status != MemoryStatus.Ok) return status;
            if (IsMetadata(physical)) return MemoryStatus.NotOwned;
            ulong page = physical >> PageShift;
            _free[page / 64] |= 1UL << (int)(page % 64);
            _freePages++;
            if (page / 64 < _firstCandidateWord) _firstCandidateWord = page / 64;
            return MemoryStatus.Ok;
        }

        /// <summary>Whether physical is a page this allocator hands out (free or not).</summary>
        public bool IsOwned(ulong physical)
        {
            ulong page = physical >> PageShift;
            return page < _pageLimit && TestBit(_owned, page);
        }

        /// <summary>Whether physical is an owned page that is currently free.</summary>
        public bool IsFree(ulong physical)
        {
            ulong page = physical >> PageShift;
            return page < _pageLimit && TestBit(_free, page);
        }

        // Ok when physical is an owned, allocated, page-aligned page.
        private MemoryStatus CheckAllocated(ulong physical)
        {
            if ((physical & (PageSize - 1)) != 0) return MemoryStatus.Misaligned;
            if (!IsOwned(physical)) return MemoryStatus.NotOwned;
            if (IsFree(physical)) return MemoryStatus.DoubleFree;
            return MemoryStatus.Ok;
        }

        private bool IsMetadata(ulong physical) => physical >= _metadata.Start && physical < _metadata.End;

        // The lowest page-aligned address where [p, p + bytes) lies in one usable range below
        // limit and overlaps no reserved range; ulong.MaxValue if there is none.
        private static ulong FindMetadataPlace(PhysicalRange* usable, int usableCount, PhysicalRange* reserved, int reservedCount, ulong bytes, ulong limit)
        {
            ulong best = ulong.MaxValue;
            for (int i = 0; i < usableCount; i++)
            {
                ulong end = AlignDown(usable[i].End < limit ? usable[i].End : limit);
                ulong candidate = AlignUp(usable[i].Start);
                bool moved = true;
                while (moved && candidate < end && end - candidate >= bytes)
                {
                    moved = false;
                    for (int r = 0; r < reservedCount; r++)
                    {
                        if (!reserved[r].Overlaps(candidate, candidate + bytes)) continue;
                        candidate = AlignUp(reserved[r].End);
                        moved = true;
                    }
                }
                if (!moved && candidate < end && end - candidate >= bytes && candidate < best) best = candidate;
            }
            return best;
        }

        private static bool TestBit(ulong* map, ulong bit) => (map[bit / 64] & (1UL << (int)(bit % 64))) != 0;

        // Sets or clears bits [first, end) of map, a word at a time where it can.
        private static void SetBits(ulong* map, ulong first, ulong end, bool value)
        {
            ulong bit = first;
            while (bit < end)
            {
                ulong word = bit / 64;
                int shift = (int)(bit % 64);
                ulong count = end - bit < (ulong)(64 - shift) ? end - bit : (ulong)(64 - shift);
                ulong mask = count == 64 ? ulong.MaxValue : ((1UL << (int)count) - 1) << shift;
                if (value) map[word] |= mask;
                else map[word] &= ~mask;
                bit += count;
            }
        }

        public static ulong AlignDown(ulong address) => address & ~(PageSize - 1);

        public static ulong AlignUp(ulong address) => (address + PageSize - 1) & ~(PageSize - 1);
    }
}
