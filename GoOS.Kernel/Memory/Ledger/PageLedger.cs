namespace GoOS.Kernel.Memory.Ledger
{
    /// <summary>The page ledger (DESIGN.md §3): for each heap page in use, the process it was
    /// given to (its holder) and the processes owning objects on it. Pages are numbered by their
    /// index in the system-wide heap range; processes by their owner number (1..MaximumOwner,
    /// the heap owner number ProcessTable.OwnerNumber gives).
    ///
    /// Rules. GivePage gives a free page to a live process, which holds it until its GC gives it
    /// back (GiveBack) or it ends, with or without objects on it: the holder's own objects are
    /// not counted, its holding stands for them. Every other owner is counted: TransferObject
    /// (a send) counts the object, on each page it covers, for the receiver and uncounts it for
    /// the sender; ReleaseObject (the owner's GC freed it) uncounts it. An object that reaches a
    /// page's holder while it holds the page joins the holder's uncounted objects; once the holder
    /// has given the page back it is counted like anyone's. A process owns something on a page
    /// while it holds it or is counted there; the page is dirty while a process other than its
    /// holder is counted there. ProcessEnded drops everything the process owns. The moment no
    /// live process owns anything on a page, the ledger forgets it and calls THost.PageFreed, so
    /// the kernel zeroes and reuses it at once; a dirty page thus lives exactly as long as one of
    /// its owners does.
    ///
    /// Storage, all allocated by the constructor (nothing is allocated afterwards): one record per
    /// page in use, found through a hash table with chained buckets (the 16 GiB range has four
    /// million pages, so nothing is indexed by page), with LedgerLimits.OwnerSlotsPerPage counted
    /// owner slots each; and, per owner, a doubly linked list through the records of the pages it
    /// holds, was given or is counted on, so that ending a process costs only its own pages.
    /// About 110 bytes per page record, spans (28 bytes each, one per three records) included.
    ///
    /// Spans (PageLedger.Spans.cs). Objects in a heap are disjoint, so the interior pages of an
    /// object covering three pages or more (all but its first and last) hold that object alone,
    /// which one owner owns. Once such an object leaves the process holding its pages, its
    /// interior is one span record, on its owner's list, instead of a counted slot per page;
    /// sending it on changes the span's owner, also back to that holder while it still holds
    /// every interior page (the span then stands for the holder's own, uncounted object). Its edge pages are counted per page like any
    /// other (small objects may share them). A span never changes what the rules above say
    /// about any page: its owner is a counted owner of each interior page, with one object.
    ///
    /// Costs: GivePage, GiveBack and the transfer and release of an object of one or two pages
    /// are O(its pages); the transfer of a larger object whose span exists is O(1) (its two edge
    /// pages and the span), while making a span (the first send), dissolving one (the object is
    /// back with a holder that gave some of its pages back) and releasing one are O(pages of the
    /// object).
    /// ProcessEnded is O(pages on that owner's list, a span counting its pages), CountPages O(the
    /// nodes on that list, a span counting one).
    ///
    /// Guarded by: the caller — in the kernel, interrupts off on the one CPU. Every field below
    /// is guarded by it.</summary>
    public sealed partial class PageLedger<THost> where THost : struct, ILedgerHost
    {
        private const int None = -1;
        private const int Slots = LedgerLimits.OwnerSlotsPerPage;
        /// <summary>List nodes per record: 0 links it into its holder's list, 1 + s into the list
        /// of the owner in slot s.</summary>
        private const int NodesPerRecord = 1 + Slots;
        private const ulong HashMultiplier = 0x9E3779B97F4A7C15;

        private THost _host;
        private readonly ulong _pageCount;
        private readonly int _maximumOwner;
        private readonly int _capacity;

        // Page records, by record index r. A free record is on the free list through _next.
        private readonly ulong[] _page;       // index of the page in the heap range
        private readonly ulong[] _frame;      // what GivePage was told
        private readonly int[] _holder;       // the holder while it lives (node 0 linked), else 0
        private readonly bool[] _holding;     // the holder has not given the page back
        private readonly int[] _next;         // next record in the same bucket, or on the free list
        private readonly int[] _slotOwner;    // [r * Slots + s]: a counted owner, 0 = empty slot
        private readonly int[] _slotCount;    // [r * Slots + s]: its objects on the page, > 0 when used
        private readonly int[] _span;         // the span whose interior holds the page, or None
        private readonly int[] _buckets;      // hash of page -> first record, or None
        private readonly int _bucketShift;
        private int _freeRecord;

        // Spans, by span index s (PageLedger.Spans.cs). A free span is on the free list through _spanNext.
        private readonly int _spanCapacity;
        private readonly int[] _spanRecord;   // the record of its first interior page
        private readonly int[] _spanPages;    // interior pages, consecutive from that one
        private readonly int[] _spanOwner;    // the owner of its object (node _spanNodeBase + s linked)
        private readonly int[] _spanHeld;     // interior pages whose holder still holds them
        private readonly int[] _spanNext;     // next span on the free list
        private readonly int _spanNodeBase;   // the list node of span s is _spanNodeBase + s
        private int _freeSpan;

        // Per-owner lists of nodes r * NodesPerRecord + k (see NodesPerRecord) and _spanNodeBase + s.
        private readonly int[] _nodeNext;
        private readonly int[] _nodePrevious;
        private readonly int[] _firstNode;    // [owner]: first node of its list, or None
        private readonly bool[] _live;        // [owner]: started and not ended

        // Totals over the records in use (see LedgerTotals).
        private long _inUse, _held, _shared, _dirty, _freed;

        /// <summary>A ledger for a heap range of pageCount pages, tracking at most capacity pages
        /// in use at once (the kernel passes the number of physical pages it can give), for owners
        /// numbered 1..maximumOwner, with room for capacity / 3 + 1 spans. host receives the
        /// ledger's reports. Called once at boot; every argument must be positive.</summary>
        public PageLedger(ulong pageCount, int capacity, int maximumOwner, THost host)
        {
            _host = host;
            _pageCount = pageCount;
            _capacity = capacity;
            _maximumOwner = maximumOwner;
            _page = new ulong[capacity];
            _frame = new ulong[capacity];
            _holder = new int[capacity];
            _holding = new bool[capacity];
            _next = new int[capacity];
            _slotOwner = new int[capacity * Slots];
            _slotCount = new int[capacity * Slots];
            _span = new int[capacity];
            _spanCapacity = capacity / 3 + 1;
            _spanRecord = new int[_spanCapacity];
            _spanPages = new int[_spanCapacity];
            _spanOwner = new int[_spanCapacity];
            _spanHeld = new int[_spanCapacity];
            _spanNext = new int[_spanCapacity];
            _spanNodeBase = capacity * NodesPerRecord;
            _nodeNext = new int[_spanNodeBase + _spanCapacity];
            _nodePrevious = new int[_spanNodeBase + _spanCapacity];
            _firstNode = new int[maximumOwner + 1];
            _live = new bool[maximumOwner + 1];

            int bits = 1;
            while ((1 << bits) < capacity) bits++;
            _buckets = new int[1 << bits];
            _bucketShift = 64 - bits;
            for (int i = 0; i < _buckets.Length; i++) _buckets[i] = None;
            for (int r = 0; r < capacity; r++)
            {
                _next[r] = r + 1 < capacity ? r + 1 : None;
                _span[r] = None;
            }
            _freeRecord = 0;
            for (int s = 0; s < _spanCapacity; s++) _spanNext[s] = s + 1 < _spanCapacity ? s + 1 : None;
            _freeSpan = 0;
            for (int o = 0; o <= maximumOwner; o++) _firstNode[o] = None;
        }

        /// <summary>The host the ledger reports to (tests read what it recorded).</summary>
        public ref THost Host => ref _host;

        /// <summary>Pages in the heap range; valid page indices are below this.</summary>
        public ulong PageCount => _pageCount;

        /// <summary>Most pages in use at once.</summary>
        public int Capacity => _capacity;

        /// <summary>Highest owner number.</summary>
        public int MaximumOwner => _maximumOwner;

        /// <summary>Most spans at once: a transfer that would make one more is refused with LedgerFull.</summary>
        public int SpanCapacity => _spanCapacity;

        /// <summary>Gives the free page to the live process holder, which holds it from now on
        /// (called when a process maps a heap page). frame is kept for PageFreed. AlreadyGiven if
        /// the page is in use, LedgerFull if capacity pages are.</summary>
        public LedgerStatus GivePage(ulong page, int holder, ulong frame)
        {
            if (page >= _pageCount) return LedgerStatus.BadPage;
            LedgerStatus status = CheckLive(holder);
            if (status != LedgerStatus.Ok) return status;
            if (Find(page) != None) return LedgerStatus.AlreadyGiven;
            if (_freeRecord == None) return LedgerStatus.LedgerFull;

            int r = _freeRecord;
            _freeRecord = _next[r];
            int bucket = Bucket(page);
            _next[r] = _buckets[bucket];
            _buckets[bucket] = r;
            _page[r] = page;
            _frame[r] = frame;
            _holder[r] = holder;
            _holding[r] = true;
            Link(holder, r * NodesPerRecord);
            _inUse++;
            Account(0, Classify(r));
            return LedgerStatus.Ok;
        }

        private int Bucket(ulong page) => (int)((page * HashMultiplier) >> _bucketShift);

        /// <summary>The record of page, or None if the page is not in use.</summary>
        private int Find(ulong page)
        {
            for (int r = _buckets[Bucket(page)]; r != None; r = _next[r]) if (_page[r] == page) return r;
            return None;
        }

        /// <summary>Forgets record r, which nobody owns anything on any more, and reports its page
        /// freed. Its slots are already empty and it is in no span.</summary>
        private void FreeRecord(int r)
        {
            int bucket = Bucket(_page[r]);
            if (_buckets[bucket] == r) _buckets[bucket] = _next[r];
            else
            {
                int before = _buckets[bucket];
                while (_next[before] != r) before = _next[before];
                _next[before] = _next[r];
            }
            if (_holder[r] != 0) Unlink(_holder[r], r * NodesPerRecord);
            _holder[r] = 0;
            _next[r] = _freeRecord;
            _freeRecord = r;
            _inUse--;
            _freed++;
            _host.PageFreed(_page[r], _frame[r]);
        }

        private LedgerStatus CheckOwner(int owner) => owner < 1 || owner > _maximumOwner ? LedgerStatus.BadOwner : LedgerStatus.Ok;

        private LedgerStatus CheckLive(int owner)
        {
            if (owner < 1 || owner > _maximumOwner) return LedgerStatus.BadOwner;
            return _live[owner] ? LedgerStatus.Ok : LedgerStatus.NotLive;
        }

        /// <summary>Ok if [firstPage, firstPage + pages) is a non-empty run inside the range.</summary>
        private LedgerStatus CheckRun(ulong firstPage, ulong pages)
            => pages == 0 || firstPage >= _pageCount || pages > _pageCount - firstPage ? LedgerStatus.BadPage : LedgerStatus.Ok;
    }
}
