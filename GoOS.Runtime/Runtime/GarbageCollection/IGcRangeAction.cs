namespace Internal.Runtime.GarbageCollection
{
    /// <summary>Something done to each object an ObjectRanges sweep drops.</summary>
    internal interface IGcRangeAction
    {
        /// <summary>obj is the address of the object's type pointer; bytes its allocation from the header word.</summary>
        void Apply(ulong obj, ulong bytes);
    }
}
