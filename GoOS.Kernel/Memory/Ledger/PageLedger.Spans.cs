namespace GoOS.Kernel.Memory.Ledger
{
    // Spans: the interior pages of an object of SpanMinimumPages pages or more, tracked as one
    // record (see the class comment). Invariants, between operations: a span's interior pages
    // are in use, carry no counted slots, have one holder (_holder of each is the same, the live
    // holder or 0) and _spanHeld of them are held; and a span's owner holds either none of them
    // (it is counted, with one object, on every interior page) or, being their holder, all of
    // them (the span stands for the holder's own, uncounted object; see TransferLarge).
    public sealed partial class PageLedger<THost>
    {
        /// <summary>Objects covering at least this many pages have interior pages, and a span.</summary>
        private const ulong SpanMinimumPages = 3;

        /// <summary>TransferObject of an object of SpanMinimumPages pages or more, from and to
        /// live. The edge pages move one by one; the interior moves through its span: the span
        /// changes owner (O(1)), or is made when the holder of the interior sends the object
        /// (O(pages)). An object that comes back to the holder while it still holds every
        /// interior page keeps its span, owned by the holder, which stands for the holder's
        /// uncounted object: sending it out again is O(1), and when the holder gives a page of
        /// it back (its object is gone) the span goes (GiveBack). One that comes back after the
        /// holder gave some of the pages back dissolves (O(pages)): the holder is counted on
        /// those, as on any page it gave back.</summary>
        private LedgerStatus TransferLarge(ulong firstPage, ulong pages, int from, int to)
        {
            ulong interior = firstPage + 1, lastPage = firstPage + pages - 1;
            int span = None, held = 0;
            LedgerStatus status = CheckTransfer(firstPage, from, to);
            if (status == LedgerStatus.Ok) status = CheckInterior(interior, pages - 2, from, out span, out held);
            if (status == LedgerStatus.Ok) status = CheckTransfer(lastPage, from, to);
            if (status != LedgerStatus.Ok || from == to) return status;
            if (span == None && _freeSpan == None) return LedgerStatus.LedgerFull;

            TransferPage(firstPage, from, to);
            if (span == None) MakeSpan(interior, pages - 2, from, to, held);
            else if (_spanHeld[span] > 0 && _spanHeld[span] < _spanPages[span] && _holder[_spanRecord[span]] == to)
            {
                _host.OwnerLeft(interior, pages - 2, from);
                DropSpan(span, to);
            }
            else MoveSpan(span, to);
            TransferPage(lastPage, from, to);
            return LedgerStatus.Ok;
        }

        /// <summary>ReleaseObject of an object of SpanMinimumPages pages or more by the live
        /// owner: the edge pages one by one; the interior by dropping its span (the whole interior
        /// reported left in one call, then the pages nobody owns anything on freed), or, when it
        /// has no span (owner is the holder of the interior), page by page.</summary>
        private LedgerStatus ReleaseLarge(ulong firstPage, ulong pages, int owner)
        {
            ulong interior = firstPage + 1, lastPage = firstPage + pages - 1;
            int span = None;
            LedgerStatus status = CheckRelease(firstPage, owner);
            if (status == LedgerStatus.Ok) status = CheckInterior(interior, pages - 2, owner, out span, out _);
            if (status == LedgerStatus.Ok) status = CheckRelease(lastPage, owner);
            if (status != LedgerStatus.Ok) return status;

            ReleasePage(firstPage, owner);
            if (span != None)
            {
                // A span of the holder stands for its own object on pages it holds: nothing leaves.
                if (_spanHeld[span] == 0 || owner != _holder[_spanRecord[span]]) _host.OwnerLeft(interior, pages - 2, owner);
                DropSpan(span, 0);
            }
            else for (ulong page = interior; page - interior < pages - 2; page++) ReleasePage(page, owner);
            ReleasePage(lastPage, owner);
            return LedgerStatus.Ok;
        }

        /// <summary>Whether the interior run [first, first + count) may be moved or released by
        /// owner as the interior of one object. With a span starting at first: Ok if it is exactly
        /// that run and owner's (span says which), NotOwner if another's, SpanConflict if it is
        /// another run. Without, the object has not left the holder of its pages: each page, from
        /// the lowest, must be in use (NotGiven), in no span (SpanConflict), owned by owner
        /// (NotOwner), have owner as its holder and carry no other object (SpanConflict); held
        /// counts the pages owner still holds.</summary>
        private LedgerStatus CheckInterior(ulong first, ulong count, int owner, out int span, out int held)
        {
            span = None;
            held = 0;
            int firstRecord = Find(first);
            if (firstRecord == None) return LedgerStatus.NotGiven;
            int s = _span[firstRecord];
            if (s != None)
            {
                if (_spanRecord[s] != firstRecord || (ulong)_spanPages[s] != count) return LedgerStatus.SpanConflict;
                span = s;
                return _spanOwner[s] == owner ? LedgerStatus.Ok : LedgerStatus.NotOwner;
            }
            for (ulong page = first; page - first < count; page++)
            {
                int r = Find(page);
                if (r == None) return LedgerStatus.NotGiven;
                if (_span[r] != None) return LedgerStatus.SpanConflict;
                if (!Holds(r, owner) && SlotOf(r, owner) == None) return LedgerStatus.NotOwner;
                if (_holder[r] != owner || !CarriesOnlyOne(r, owner)) return LedgerStatus.SpanConflict;
                if (_holding[r]) held++;
            }
            return LedgerStatus.Ok;
        }

        /// <summary>Whether record r counts nobody but owner, and owner at most once.</summary>
        private bool CarriesOnlyOne(int r, int owner)
        {
            for (int s = 0; s < Slots; s++)
            {
                int counted = _slotOwner[r * Slots + s];
                if (counted != 0 && (counted != owner || _slotCount[r * Slots + s] != 1)) return false;
            }
            return true;
        }

        /// <summary>Gives span s to the owner to: O(1), reporting the whole interior left by its
        /// old owner in one call, unless that is the holder, which holds every page of it still
        /// and so leaves none. to holds either none of the pages or all of them (TransferLarge).</summary>
        private void MoveSpan(int s, int to)
        {
            int from = _spanOwner[s];
            _shared += SpanShared(s, to) - SpanShared(s, from);
            _dirty += SpanDirty(s, to) - SpanDirty(s, from);
            Unlink(from, _spanNodeBase + s);
            Link(to, _spanNodeBase + s);
            _spanOwner[s] = to;
            if (_spanHeld[s] == 0 || from != _holder[_spanRecord[s]]) _host.OwnerLeft(_page[_spanRecord[s]], (ulong)_spanPages[s], from);
        }

        /// <summary>The holder gives back a page of span s that it owns itself (the object came
        /// back, and the holder's runtime has no objects on the page any more): the object is
        /// gone, so the span goes; the interior pages stay held until given back in turn.</summary>
        private void DropHoldersSpan(int r, int holder)
        {
            int s = _span[r];
            if (s != None && _spanOwner[s] == holder) DropSpan(s, 0);
        }

        /// <summary>Interior pages of span s that would be shared with owner as its owner: the
        /// held ones, unless owner is their holder.</summary>
        private int SpanShared(int s, int owner) => owner == _holder[_spanRecord[s]] ? 0 : _spanHeld[s];

        /// <summary>Interior pages of span s that would be dirty with owner as its owner: all of
        /// them, unless owner is their holder.</summary>
        private int SpanDirty(int s, int owner) => owner == _holder[_spanRecord[s]] ? 0 : _spanPages[s];

        /// <summary>Makes a span of the interior run [first, first + count), which CheckInterior
        /// passed without a span for from, its holder, owned by to (a free span exists): from's
        /// counts there (on pages it gave back) go, and the pages from leaves are reported.</summary>
        private void MakeSpan(ulong first, ulong count, int from, int to, int held)
        {
            int s = _freeSpan;
            _freeSpan = _spanNext[s];
            _spanRecord[s] = Find(first);
            _spanPages[s] = (int)count;
            _spanOwner[s] = to;
            _spanHeld[s] = held;
            Link(to, _spanNodeBase + s);
            ulong leftFirst = 0, leftPages = 0;
            for (ulong page = first; page - first < count; page++)
            {
                int r = Find(page);
                int before = Classify(r);
                bool left = Uncount(r, from);
                _span[r] = s;
                Account(before, Classify(r));
                if (left) ExtendLeft(ref leftFirst, ref leftPages, page, from);
            }
            if (leftPages != 0) _host.OwnerLeft(leftFirst, leftPages, from);
        }

        /// <summary>Adds page to the run of pages owner left in this operation if it follows it;
        /// otherwise reports that run and starts another with page.</summary>
        private void ExtendLeft(ref ulong leftFirst, ref ulong leftPages, ulong page, int owner)
        {
            if (leftPages != 0 && leftFirst + leftPages == page)
            {
                leftPages++;
                return;
            }
            if (leftPages != 0) _host.OwnerLeft(leftFirst, leftPages, owner);
            leftFirst = page;
            leftPages = 1;
        }

        /// <summary>Ends span s: its owner's object leaves the interior pages (the caller has
        /// reported that, or its owner is ending). countedOwner, unless 0, gets the object
        /// instead, counted on each page it does not hold. Pages nobody owns anything on any more
        /// are freed. O(pages of the span).</summary>
        private void DropSpan(int s, int countedOwner)
        {
            ulong first = _page[_spanRecord[s]];
            Unlink(_spanOwner[s], _spanNodeBase + s);
            for (ulong page = first; page - first < (ulong)_spanPages[s]; page++)
            {
                int r = Find(page);
                int before = Classify(r);
                _span[r] = None;
                if (countedOwner != 0 && !Holds(r, countedOwner)) Count(r, countedOwner);
                Account(before, Classify(r));
                if (IsEmpty(r)) FreeRecord(r);
            }
            _spanOwner[s] = 0;
            _spanNext[s] = _freeSpan;
            _freeSpan = s;
        }
    }
}
