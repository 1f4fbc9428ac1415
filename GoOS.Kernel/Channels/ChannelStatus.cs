namespace GoOS.Kernel.Channels
{
    /// <summary>What a channel, select or registry operation did. No operation in this folder
    /// throws; every failure is one of these, and a failed operation has changed nothing unless
    /// its comment says otherwise. The system-call layer maps them to the ABI's status codes.</summary>
    public enum ChannelStatus
    {
        /// <summary>Done: the value was sent (handed over or buffered), received, the channel
        /// closed, the name published or found.</summary>
        Ok = 0,
        /// <summary>Nothing could complete now and the caller's Waiter is enqueued (State ==
        /// Waiting): block the caller's thread until the IWaitHost wakes it, then read the
        /// Waiter's result; or call Waiter.Cancel (timeout, death).</summary>
        WouldBlock,
        /// <summary>A non-blocking operation (TrySend, TryReceive, select with default) found
        /// nothing ready; nothing was enqueued.</summary>
        NotReady,
        /// <summary>Send: the channel is closed (or its last receiver is gone); the message was
        /// not delivered and stays the sender's. Receive: the channel is closed and drained; the
        /// destination holds the zero value (Go's ok == false).</summary>
        Closed,
        /// <summary>Close of a channel that was already closed; nothing changed.</summary>
        AlreadyClosed,
        /// <summary>An element size, capacity or buffer size outside ChannelLimits.</summary>
        BadSize,
        /// <summary>A null channel or buffer where one is needed, or a holder count that would go
        /// below zero.</summary>
        BadArgument,
        /// <summary>The Waiter is already waiting on something; one thread waits on one thing.</summary>
        Busy,
        /// <summary>A select with more cases than the Waiter has room for.</summary>
        TooManyCases,
        /// <summary>The Waiter was cancelled (timeout, thread or process death) before anything
        /// completed it; nothing was sent or received.</summary>
        Cancelled,
        /// <summary>Registry: the name is already published.</summary>
        NameTaken,
        /// <summary>Registry: no channel is published under that name (or no name at that index).</summary>
        NotFound,
        /// <summary>Registry: only the process that published a name may unpublish it.</summary>
        NotPublisher,
        /// <summary>Registry: every slot is in use.</summary>
        RegistryFull,
        /// <summary>Registry: a name that is empty, longer than ChannelName.MaxLength bytes, or
        /// holds a byte outside printable ASCII (0x21..0x7E).</summary>
        BadName,
    }
}
