namespace Internal.Runtime.GarbageCollection
{
    /// <summary>The unit in which the heap maps and unmaps memory (the x86-64 small page).</summary>
    public static class GcPage
    {
        public const ulong Size = 4096;
    }
}
