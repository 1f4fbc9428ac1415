namespace GoOS.Kernel.Memory.Ledger
{
    /// <summary>One process's heap pages as the ledger sees them (PageLedger.CountPages).</summary>
    public struct OwnerPages
    {
        /// <summary>Pages given to it that it has not given back.</summary>
        public long Held;
        /// <summary>Pages it owns objects on without holding them (other processes' pages, or
        /// its own after it gave them back).</summary>
        public long Foreign;
        /// <summary>Pages it owns anything on that another process also owns something on.</summary>
        public long Shared;
        /// <summary>Pages it holds on which someone else owns objects.</summary>
        public long DirtyHeld;

        /// <summary>Pages it owns anything on: held ones and foreign ones (never both at once).</summary>
        public long Owned => Held + Foreign;
    }
}
