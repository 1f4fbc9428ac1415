namespace GoOS.Kernel.Channels
{
    /// <summary>Go's select over the send and receive cases of a Waiter (filled with BeginSelect,
    /// AddSend, AddReceive). Guarded by: the channel lock (interrupts off).</summary>
    public static unsafe class ChannelSelect
    {
        /// <summary>Runs the select of waiter:
        ///  1. If some cases are ready, one of them, chosen uniformly by random, completes now:
        ///     returns its status (Ok, or Closed: a send on a closed channel, not delivered, or a
        ///     receive from a closed, drained one, zeros written), waiter.SelectedCase its index.
        ///  2. Else, with hasDefault: NotReady, SelectedCase -1, nothing enqueued.
        ///  3. Else every case with a channel is enqueued on it and the result is WouldBlock; the
        ///     first channel operation to complete one case dequeues the others and wakes the
        ///     thread (see Waiter). Cases whose channel is null (Go's nil channel) are never ready
        ///     and never enqueued, so a select with no cases waits until cancelled.
        /// Busy unless waiter is Idle (filled since its last BeginSelect, not yet run). Never
        /// allocates.</summary>
        public static ChannelStatus Run<TRandom, THost>(Waiter waiter, bool hasDefault, ref TRandom random, ref THost host)
            where TRandom : struct, IRandom
            where THost : struct, IWaitHost
        {
            if (waiter == null) return ChannelStatus.BadArgument;
            if (waiter.State != WaiterState.Idle) return ChannelStatus.Busy;
            int cases = waiter.CaseCount;
            int ready = 0;
            for (int i = 0; i < cases; i++) if (IsReady(waiter.Case(i))) ready++;

            if (ready > 0)
            {
                int pick = (int)random.Next((uint)ready);
                for (int i = 0; i < cases; i++)
                {
                    WaitCase item = waiter.Case(i);
                    if (!IsReady(item) || pick-- != 0) continue;
                    ChannelStatus status = item.Kind == WaitKind.Send
                        ? item.Channel.SendNow(item.Data, ref host)
                        : item.Channel.ReceiveNow(item.Data, ref host);
                    waiter.FinishWithoutWaiting(i, status);
                    return status;
                }
            }

            if (hasDefault)
            {
                waiter.FinishWithoutWaiting(-1, ChannelStatus.NotReady);
                return ChannelStatus.NotReady;
            }

            for (int i = 0; i < cases; i++)
            {
                WaitCase item = waiter.Case(i);
                if (item.Channel == null) continue;
                if (item.Kind == WaitKind.Send) item.Channel.EnqueueSender(item);
                else item.Channel.EnqueueReceiver(item);
            }
            waiter.StartWaiting();
            return ChannelStatus.WouldBlock;
        }

        private static bool IsReady(WaitCase item)
        {
            if (item.Channel == null) return false;
            return item.Kind == WaitKind.Send ? item.Channel.CanSend : item.Channel.CanReceive;
        }
    }
}
