namespace GoOS.Runtime
{
    /// <summary>A channel type that may live in user space (Chan&lt;T&gt;): Local is its
    /// LocalChannel while it has not been handed to the kernel, else null.</summary>
    internal interface ILocalChannelOwner
    {
        LocalChannel Local { get; }
    }
}
