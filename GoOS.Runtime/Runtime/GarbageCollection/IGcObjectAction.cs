namespace Internal.Runtime.GarbageCollection
{
    /// <summary>Something done to each object of a walk over the heap (GcBlock.ForEachMarked).</summary>
    internal interface IGcObjectAction
    {
        /// <summary>'obj' is the address of the object's type pointer.</summary>
        void Apply(ulong obj);
    }
}
