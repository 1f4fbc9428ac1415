namespace GoOS.Kernel.Memory.Ledger
{
    /// <summary>What the page ledger tells the kernel. The kernel passes a struct whose methods
    /// unmap, zero and recycle frames; host tests pass one that records the calls. Both are
    /// called in the middle of a ledger operation (interrupts off) and must not call back into
    /// the ledger.</summary>
    public interface ILedgerHost
    {
        /// <summary>No live process owns anything on page any more: the ledger has forgotten it,
        /// and the kernel zeroes frame (what GivePage was told) and reuses it at once. Called at
        /// most once per successful GivePage, and by the time every process that owned something
        /// on the page has ended, exactly once. When a release or give-back freed the page, the
        /// OwnerLeft of that last owner (for a run: the report of the run) came before.</summary>
        void PageFreed(ulong page, ulong frame);

        /// <summary>owner (live) has just stopped owning anything on each page of the run
        /// [firstPage, firstPage + pages): its last counted object there went, or, as holder, it
        /// gave the page back. The kernel unmaps the run from owner's address space. When the
        /// span of a large object (PageLedger.Spans.cs) is sent on or released, its whole
        /// interior is one call, so that the kernel unmaps it in bulk; other pages come one by
        /// one (pages = 1), or as runs of consecutive pages one operation left. Each page an
        /// owner leaves is reported once. Not called by ProcessEnded: the whole space goes then.</summary>
        void OwnerLeft(ulong firstPage, ulong pages, int owner);
    }
}
