namespace System.Runtime.CompilerServices
{
    /// <summary>Host stand-in for the core library's marker of methods ILC replaces; on the
    /// host the marked methods simply run their fallback bodies.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Struct)]
    internal sealed class IntrinsicAttribute : Attribute
    {
    }
}
