using GoOS;

namespace GoOS.TestPrograms.Chans
{
    /// <summary>A receiver blocked on a channel whose only sender dies is woken: the channel
    /// closes when no process holds its sending side any more (ABI: HandleClose).</summary>
    internal static class PeerDeath
    {
        /// <summary>0 when the receiver saw the one value and then the close.</summary>
        public static int Run()
        {
            var channel = new Chan<int>();
            Chan<int> sendEnd = channel.SendOnly(), receiveEnd = channel.ReceiveOnly();
            ChildProcess receiver = Process.Start("chans", new[] { "count-until-closed" }, receiveEnd);
            ChildProcess sender = Process.Start("chans", new[] { "send-once-and-die" }, sendEnd);
            sendEnd.Dispose();
            receiveEnd.Dispose();
            channel.Dispose();
            if (!sender.Wait().Success) return 1;
            ExitStatus counted = receiver.Wait();
            return counted.Code == 1 ? 0 : 2;
        }

        /// <summary>Sends one value and ends without closing.</summary>
        public static int SendOnceAndDie()
        {
            Chan<int>.FromHandle(0).Send(7);
            return 0;
        }

        /// <summary>Exit code: how many values came before the channel closed.</summary>
        public static int CountUntilClosed()
        {
            int count = 0;
            foreach (int value in Chan<int>.FromHandle(0)) count++;
            return count;
        }
    }
}
