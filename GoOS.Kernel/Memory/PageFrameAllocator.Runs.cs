namespace GoOS.Kernel.Memory
{
    internal unsafe partial struct PageFrameAllocator
    {
        /// <summary>Takes pageCount physically contiguous pages whose first address is a multiple
        /// of alignment (a power of two, at least PageSize); the lowest such run is chosen.</summary>
        public MemoryStatus AllocateRun(ulong pageCount, ulong alignment, out ulong physical)
        {
            physical = 0;
            if (pageCount == 0 || alignment < PageSize || (alignment & (alignment - 1)) != 0) return MemoryStatus.InvalidArgument;
            ulong step = alignment >> PageShift;
            ulong candidate = AlignPages(_firstCandidateWord * 64, step);
            while (candidate < _pageLimit && _pageLimit - candidate >= pageCount)
            {
                ulong blocked = FirstClearBit(_free, candidate, candidate + pageCount);
                if (blocked == candidate + pageCount)
                {
                    SetBits(_free, candidate, candidate + pageCount, false);
                    _freePages -= pageCount;
                    physical = candidate << PageShift;
                    return MemoryStatus.Ok;
                }
                candidate = AlignPages(blocked + 1, step);
            }
            return MemoryStatus.OutOfMemory;
        }

        /// <summary>Returns pageCount pages from physical on. Every page is checked first: on
        /// NotOwned, DoubleFree or Misaligned none is freed.</summary>
        public MemoryStatus FreeRun(ulong physical, ulong pageCount)
        {
            if (pageCount == 0) return MemoryStatus.InvalidArgument;
            for (ulong i = 0; i < pageCount; i++)
            {
                ulong page = physical + (i << PageShift);
                MemoryStatus status = CheckAllocated(page);
                if (status != MemoryStatus.Ok) return status;
                if (IsMetadata(page)) return MemoryStatus.NotOwned;
            }
            ulong first = physical >> PageShift;
            SetBits(_free, first, first + pageCount, true);
            _freePages += pageCount;
            if (first / 64 < _firstCandidateWord) _firstCandidateWord = first / 64;
            return MemoryStatus.Ok;
        }

        // The first bit in [from, to) of map that is clear, or to if all are set.
        private static ulong FirstClearBit(ulong* map, ulong from, ulong to)
        {
            ulong bit = from;
            while (bit < to)
            {
                int shift = (int)(bit % 64);
                ulong clear = ~map[bit / 64] >> shift;
                if (clear != 0)
                {
                    ulong found = bit + (ulong)Internal.Runtime.BitScan.TrailingZeroCount(clear);
                    return found < to ? found : to;
                }
                bit += (ulong)(64 - shift);
            }
            return to;
        }

        private static ulong AlignPages(ulong page, ulong step) => (page + step - 1) & ~(step - 1);
    }
}
