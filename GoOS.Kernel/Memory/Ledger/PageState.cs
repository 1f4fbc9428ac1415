namespace GoOS.Kernel.Memory.Ledger
{
    /// <summary>One page in use, as the ledger sees it (PageLedger.TryGetPage).</summary>
    public struct PageState
    {
        /// <summary>The process it was given to, while that process lives; 0 after it ended.</summary>
        public int Holder;
        /// <summary>The holder has not given it back.</summary>
        public bool Holding;
        /// <summary>What GivePage was told (the kernel's physical frame).</summary>
        public ulong Frame;
        /// <summary>Counted owners: processes owning objects on it other than a holding holder.</summary>
        public int CountedOwners;
        /// <summary>Someone other than its holder owns objects on it.</summary>
        public bool Dirty;
        /// <summary>Two or more processes own something on it.</summary>
        public bool Shared;
    }
}
