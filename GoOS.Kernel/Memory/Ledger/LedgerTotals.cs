namespace GoOS.Kernel.Memory.Ledger
{
    /// <summary>The whole system's heap pages as the ledger sees them (PageLedger.Totals).</summary>
    public struct LedgerTotals
    {
        /// <summary>Pages in use: given out and not freed (some live process owns something on each).</summary>
        public long InUse;
        /// <summary>Pages in use whose holder still holds them.</summary>
        public long Held;
        /// <summary>Pages in use with two or more owners (a holder that holds the page is one).</summary>
        public long Shared;
        /// <summary>Pages on which someone other than the holder (the process the page was first
        /// given to) owns objects.</summary>
        public long Dirty;
        /// <summary>Pages of the heap range not in use.</summary>
        public long Free;
        /// <summary>Pages that can still be given before GivePage reports LedgerFull.</summary>
        public long Available;
        /// <summary>Pages freed (PageFreed calls) since the ledger was made.</summary>
        public long Freed;
    }
}
