namespace GoOS.Abi
{
    /// <summary>What each Status means, in words (for messages; allocates nothing).</summary>
    public static class StatusText
    {
        public static string Describe(Status status) => status switch
        {
            Status.Ok => "ok",
            Status.InvalidSystemCall => "no such system call",
            Status.BadAddress => "bad address",
            Status.BadLength => "bad length",
            Status.NotFound => "not found",
            Status.BadImage => "not a valid program image",
            Status.OutOfMemory => "out of memory",
            Status.BadHandle => "bad handle",
            Status.NoHandles => "handle table full",
            Status.AlreadyEnded => "already ended",
            Status.TooManyThreads => "too many threads",
            Status.ChannelClosed => "channel closed",
            Status.NotReady => "not ready",
            Status.AlreadyClosed => "already closed",
            Status.NameTaken => "name taken",
            Status.NotPublisher => "not the publisher",
            Status.BadName => "bad name",
            Status.RegistryFull => "registry full",
            Status.NotGranted => "device not granted to this program",
            Status.Busy => "in use by another process",
            Status.NotOwner => "the object is not the caller's",
            Status.TooManyOwners => "a page of the object has too many owners",
            _ => "unknown status",
        };
    }
}
