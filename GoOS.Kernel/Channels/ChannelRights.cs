namespace GoOS.Kernel.Channels
{
    /// <summary>What a handle to a channel allows. Only Send and Receive are counted by
    /// Channel.AddHolder/RemoveHolder (the peer-death rule); Close and Publish are checked by the
    /// system-call layer.</summary>
    [System.Flags]
    public enum ChannelRights
    {
        None = 0,
        Send = 1,
        Receive = 2,
        Close = 4,
        Publish = 8,
    }
}
