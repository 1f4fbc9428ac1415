namespace GoOS.Kernel.Memory.Ledger
{
    /// <summary>The bounds of the page ledger, so that no user request can make it grow.</summary>
    public static class LedgerLimits
    {
        /// <summary>Counted owners one page can have at once: processes owning objects on it
        /// other than its holder while the holder holds it (the holder's own objects are never
        /// counted). A transfer that would add another is refused with TooManyOwners and changes
        /// nothing; the kernel fails the send and the sender keeps the object.</summary>
        public const int OwnerSlotsPerPage = 4;

        /// <summary>Most objects one owner is counted as owning on one page. A 4 KiB page holds
        /// a few hundred objects at most, so reaching this means a runtime reported objects that
        /// do not exist; the transfer is refused with TooManyObjects.</summary>
        public const int MaximumObjectsPerPage = 1 << 16;
    }
}
