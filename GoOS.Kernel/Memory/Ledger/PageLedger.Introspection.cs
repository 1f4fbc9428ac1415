namespace GoOS.Kernel.Memory.Ledger
{
    public sealed partial class PageLedger<THost>
    {
        /// <summary>The whole system's pages, kept up to date by every operation (O(1)).</summary>
        public LedgerTotals Totals => new LedgerTotals
        {
            InUse = _inUse,
            Held = _held,
            Shared = _shared,
            Dirty = _dirty,
            Free = (long)_pageCount - _inUse,
            Available = _capacity - _inUse,
            Freed = _freed,
        };

        /// <summary>owner's pages, counted by walking its list (O(its nodes): a span counts its
        /// interior pages at once). An owner that is not live owns nothing. BadOwner (counts
        /// zero) outside 1..MaximumOwner.</summary>
        public LedgerStatus CountPages(int owner, out OwnerPages counts)
        {
            counts = default;
            LedgerStatus status = CheckOwner(owner);
            if (status != LedgerStatus.Ok) return status;
            for (int node = _firstNode[owner]; node != None; node = _nodeNext[node])
            {
                if (node >= _spanNodeBase)
                {
                    // The owner of a span is counted on every interior page and holds none, or
                    // is their holder (its held pages count through their own nodes).
                    int s = node - _spanNodeBase;
                    if (owner == _holder[_spanRecord[s]] && _spanHeld[s] > 0) continue;
                    counts.Foreign += _spanPages[s];
                    counts.Shared += SpanShared(s, owner);
                    continue;
                }
                int r = node / NodesPerRecord, k = node % NodesPerRecord;
                // Node 0 of a page its holder gave back says only who the holder was.
                if (k == 0 && !_holding[r]) continue;
                int flags = Classify(r);
                if (k == 0)
                {
                    counts.Held++;
                    if ((flags & DirtyFlag) != 0) counts.DirtyHeld++;
                }
                else counts.Foreign++;
                if ((flags & SharedFlag) != 0) counts.Shared++;
            }
            return LedgerStatus.Ok;
        }

        /// <summary>Whether page is in use (given and not freed since).</summary>
        public bool IsInUse(ulong page) => page < _pageCount && Find(page) != None;

        /// <summary>What the ledger knows of page; false (state zero) if it is not in use.</summary>
        public bool TryGetPage(ulong page, out PageState state)
        {
            state = default;
            if (page >= _pageCount) return false;
            int r = Find(page);
            if (r == None) return false;
            int flags = Classify(r);
            state.Holder = _holder[r];
            state.Holding = _holding[r];
            state.Frame = _frame[r];
            state.CountedOwners = CountedOwners(r);
            state.Dirty = (flags & DirtyFlag) != 0;
            state.Shared = (flags & SharedFlag) != 0;
            return true;
        }

        /// <summary>Objects owner is counted as owning on page: 0 if it holds the page (its own
        /// objects are not counted), owns nothing there, or the page is not in use.</summary>
        public int CountedObjects(ulong page, int owner)
        {
            if (page >= _pageCount || owner < 1) return 0;
            int r = Find(page);
            if (r == None) return 0;
            if (_span[r] != None) return _spanOwner[_span[r]] == owner && SpanCounted(r) ? 1 : 0;
            int slot = SlotOf(r, owner);
            return slot == None ? 0 : _slotCount[r * Slots + slot];
        }
    }
}
