namespace Internal.Runtime.GarbageCollection
{
    /// <summary>Receives the reference slots of an object from IGcPlatform.VisitReferences.</summary>
    public unsafe interface IGcReferenceVisitor
    {
        /// <summary>'slot' is the address of an 8-byte field or element holding a reference or null.</summary>
        void Visit(ulong* slot);
    }
}
