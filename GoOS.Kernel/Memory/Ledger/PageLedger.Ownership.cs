namespace GoOS.Kernel.Memory.Ledger
{
    public sealed partial class PageLedger<THost>
    {
        private const int HeldFlag = 1, SharedFlag = 2, DirtyFlag = 4;

        /// <summary>Moves one object covering the pages [firstPage, firstPage + pages) from the
        /// live process from to the live process to (called when the object is sent over a
        /// channel): on each page, from stops being counted for it (unless it holds the page) and
        /// to starts (unless it holds the page). from must own something on every page (NotOwner);
        /// a page that would get more than LedgerLimits.OwnerSlotsPerPage counted owners refuses
        /// the whole transfer (TooManyOwners). An object of three pages or more goes through its
        /// span (PageLedger.Spans.cs): SpanConflict if its interior overlaps another object,
        /// LedgerFull if a span is needed and none is free. A transfer to oneself changes nothing.
        /// On failure nothing changed; the kernel then fails the send and the sender keeps the
        /// object.</summary>
        public LedgerStatus TransferObject(ulong firstPage, ulong pages, int from, int to)
        {
            LedgerStatus status = CheckRun(firstPage, pages);
            if (status == LedgerStatus.Ok) status = CheckLive(from);
            if (status == LedgerStatus.Ok) status = CheckLive(to);
            if (status != LedgerStatus.Ok) return status;
            if (pages >= SpanMinimumPages) return TransferLarge(firstPage, pages, from, to);

            for (ulong page = firstPage; status == LedgerStatus.Ok && page - firstPage < pages; page++) status = CheckTransfer(page, from, to);
            if (status != LedgerStatus.Ok || from == to) return status;
            for (ulong page = firstPage; page - firstPage < pages; page++) TransferPage(page, from, to);
            return LedgerStatus.Ok;
        }

        /// <summary>Whether one object may move from from to to on page, as a page of its own
        /// (not through a span).</summary>
        private LedgerStatus CheckTransfer(ulong page, int from, int to)
        {
            int r = Find(page);
            if (r == None) return LedgerStatus.NotGiven;
            if (_span[r] != None) return LedgerStatus.SpanConflict;
            int source = SlotOf(r, from);
            if (source == None && !Holds(r, from)) return LedgerStatus.NotOwner;
            if (from == to || Holds(r, to)) return LedgerStatus.Ok;
            int target = SlotOf(r, to);
            if (target != None) return _slotCount[r * Slots + target] < LedgerLimits.MaximumObjectsPerPage ? LedgerStatus.Ok : LedgerStatus.TooManyObjects;
            bool sourceEmpties = source != None && _slotCount[r * Slots + source] == 1;
            return EmptySlot(r) != None || sourceEmpties ? LedgerStatus.Ok : LedgerStatus.TooManyOwners;
        }

        /// <summary>Moves one object from from to to on page, which CheckTransfer passed (from
        /// != to), and reports from leaving it if it owns nothing there any more.</summary>
        private void TransferPage(ulong page, int from, int to)
        {
            int r = Find(page);
            int before = Classify(r);
            bool fromLeft = Uncount(r, from);
            if (!Holds(r, to)) Count(r, to);
            Account(before, Classify(r));
            if (fromLeft) _host.OwnerLeft(page, 1, from);
        }

        /// <summary>The live process owner's GC freed an object of its own covering [firstPage,
        /// firstPage + pages): on each page where owner is counted, one object fewer; on pages it
        /// holds, nothing (its own objects are not counted). Pages nobody owns anything on any
        /// more are freed. NotOwner if owner owns nothing on some page; SpanConflict as for
        /// TransferObject. On failure nothing changed.</summary>
        public LedgerStatus ReleaseObject(ulong firstPage, ulong pages, int owner)
        {
            LedgerStatus status = CheckRun(firstPage, pages);
            if (status == LedgerStatus.Ok) status = CheckLive(owner);
            if (status != LedgerStatus.Ok) return status;
            if (pages >= SpanMinimumPages) return ReleaseLarge(firstPage, pages, owner);

            for (ulong page = firstPage; status == LedgerStatus.Ok && page - firstPage < pages; page++) status = CheckRelease(page, owner);
            if (status != LedgerStatus.Ok) return status;
            for (ulong page = firstPage; page - firstPage < pages; page++) ReleasePage(page, owner);
            return LedgerStatus.Ok;
        }

        /// <summary>Whether owner may release one object on page, as a page of its own.</summary>
        private LedgerStatus CheckRelease(ulong page, int owner)
        {
            int r = Find(page);
            if (r == None) return LedgerStatus.NotGiven;
            if (_span[r] != None) return LedgerStatus.SpanConflict;
            return SlotOf(r, owner) == None && !Holds(r, owner) ? LedgerStatus.NotOwner : LedgerStatus.Ok;
        }

        /// <summary>Releases one object of owner on page (CheckRelease passed): reports owner
        /// leaving, then the page freed if nobody owns anything there any more.</summary>
        private void ReleasePage(ulong page, int owner)
        {
            int r = Find(page);
            int before = Classify(r);
            bool left = Uncount(r, owner);
            Account(before, Classify(r));
            if (left) _host.OwnerLeft(page, 1, owner);
            if (IsEmpty(r)) FreeRecord(r);
        }

        /// <summary>The holder's GC gives page back: it has no objects there any more (called when
        /// the runtime returns or unmaps the page). The page is freed at once unless others own
        /// objects on it; then it lives on, dirty, until they release them or end. NotHolder
        /// unless holder holds the page.</summary>
        public LedgerStatus GiveBack(ulong page, int holder)
        {
            if (page >= _pageCount) return LedgerStatus.BadPage;
            LedgerStatus status = CheckLive(holder);
            if (status != LedgerStatus.Ok) return status;
            int r = Find(page);
            if (r == None) return LedgerStatus.NotGiven;
            if (!Holds(r, holder)) return LedgerStatus.NotHolder;

            DropHoldersSpan(r, holder);
            int before = Classify(r);
            StopHolding(r);
            Account(before, Classify(r));
            _host.OwnerLeft(page, 1, holder);
            if (IsEmpty(r)) FreeRecord(r);
            return LedgerStatus.Ok;
        }

        /// <summary>The holder of record r no longer holds it (it gave it back or ended); its
        /// span, if any, counts one held page fewer.</summary>
        private void StopHolding(int r)
        {
            if (_holding[r] && _span[r] != None) _spanHeld[_span[r]]--;
            _holding[r] = false;
        }

        /// <summary>Counts one more object for owner on record r, taking a slot if it has none
        /// (the checks made sure there is one).</summary>
        private void Count(int r, int owner)
        {
            int slot = SlotOf(r, owner);
            if (slot == None)
            {
                slot = EmptySlot(r);
                _slotOwner[r * Slots + slot] = owner;
                Link(owner, r * NodesPerRecord + 1 + slot);
            }
            _slotCount[r * Slots + slot]++;
        }

        /// <summary>Counts one object fewer for owner on record r if it is counted there (a
        /// holder's own objects are not); true if that was its last, so it owns nothing there now.</summary>
        private bool Uncount(int r, int owner)
        {
            int slot = SlotOf(r, owner);
            if (slot == None || --_slotCount[r * Slots + slot] != 0) return false;
            _slotOwner[r * Slots + slot] = 0;
            Unlink(owner, r * NodesPerRecord + 1 + slot);
            return true;
        }

        private bool Holds(int r, int owner) => _holding[r] && _holder[r] == owner;

        private int SlotOf(int r, int owner)
        {
            for (int s = 0; s < Slots; s++) if (_slotOwner[r * Slots + s] == owner) return s;
            return None;
        }

        private int EmptySlot(int r) => SlotOf(r, 0);

        private bool IsEmpty(int r) => !_holding[r] && CountedOwners(r) == 0;

        /// <summary>Counted owners of record r: those in its slots and the owner of its span
        /// (unless that holds the page: the span then stands for the holder's own object).</summary>
        private int CountedOwners(int r)
        {
            int owners = SpanCounted(r) ? 1 : 0;
            for (int s = 0; s < Slots; s++) if (_slotOwner[r * Slots + s] != 0) owners++;
            return owners;
        }

        /// <summary>Whether record r is in a span whose owner counts as a counted owner there.</summary>
        private bool SpanCounted(int r) => _span[r] != None && !Holds(r, _spanOwner[_span[r]]);

        /// <summary>Which of the totals record r counts in (HeldFlag, SharedFlag, DirtyFlag).</summary>
        private int Classify(int r)
        {
            int owners = _holding[r] ? 1 : 0;
            bool dirty = false;
            if (SpanCounted(r))
            {
                owners++;
                dirty = _spanOwner[_span[r]] != _holder[r];
            }
            for (int s = 0; s < Slots; s++)
            {
                int owner = _slotOwner[r * Slots + s];
                if (owner == 0) continue;
                owners++;
                if (owner != _holder[r]) dirty = true;
            }
            return (_holding[r] ? HeldFlag : 0) | (owners >= 2 ? SharedFlag : 0) | (dirty ? DirtyFlag : 0);
        }

        /// <summary>Moves a record's contribution to the totals from class before to class after.</summary>
        private void Account(int before, int after)
        {
            _held += (after & HeldFlag) - (before & HeldFlag);
            _shared += ((after & SharedFlag) - (before & SharedFlag)) / SharedFlag;
            _dirty += ((after & DirtyFlag) - (before & DirtyFlag)) / DirtyFlag;
        }
    }
}
