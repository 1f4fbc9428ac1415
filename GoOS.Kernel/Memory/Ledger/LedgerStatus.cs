namespace GoOS.Kernel.Memory.Ledger
{
    /// <summary>What a page-ledger operation did. No ledger operation throws; every failure is one
    /// of these, and a failed operation has changed nothing (multi-page operations check every
    /// page before they change any). Checks run in this order: range, owners, then page by page
    /// from the lowest, so the status names the first thing that was wrong.</summary>
    public enum LedgerStatus
    {
        Ok = 0,
        /// <summary>A page index outside the heap range, or an empty page run.</summary>
        BadPage,
        /// <summary>An owner number outside 1..MaximumOwner.</summary>
        BadOwner,
        /// <summary>The owner has not started, or has ended (it owns nothing and may get nothing).</summary>
        NotLive,
        /// <summary>ProcessStarted for an owner that is already live.</summary>
        AlreadyLive,
        /// <summary>GivePage of a page that is in use.</summary>
        AlreadyGiven,
        /// <summary>A page of the run is not in use (never given, or freed since).</summary>
        NotGiven,
        /// <summary>GiveBack by a process that is not the page's holder, or that already gave it back.</summary>
        NotHolder,
        /// <summary>Transfer or release by a process that owns nothing on a page of the object,
        /// or of an object of three pages or more whose span another process owns.</summary>
        NotOwner,
        /// <summary>GivePage when every page record is in use (the ledger's capacity), or a
        /// transfer that would make a span when PageLedger.SpanCapacity spans are in use.</summary>
        LedgerFull,
        /// <summary>A transfer would give a page a counted owner more than LedgerLimits.OwnerSlotsPerPage.</summary>
        TooManyOwners,
        /// <summary>A transfer would count more than LedgerLimits.MaximumObjectsPerPage objects
        /// of one owner on one page (no real heap holds that many: the runtime is lying).</summary>
        TooManyObjects,
        /// <summary>A run whose interior overlaps another object: objects in a heap are disjoint,
        /// so the runtime is lying. Reported for an object of three pages or more whose interior
        /// pages belong to another span or carry other objects, or, before its first send, are
        /// not the sender's own (a large object leaves the process that mapped its pages first),
        /// and for any run with a page inside a span other than that span's own object.</summary>
        SpanConflict,
    }
}
