using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>The part of .NET's GC class that means the same everywhere in GoOS. Programs
    /// control their collector through GoOS.GarbageCollector.</summary>
    public static class GC
    {
        /// <summary>Keeps obj reachable up to this call.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void KeepAlive(object obj) { }
    }
}
