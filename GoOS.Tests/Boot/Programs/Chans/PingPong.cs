using GoOS;

namespace GoOS.TestPrograms.Chans
{
    /// <summary>Two programs bounce a number over two unbuffered channels.</summary>
    internal static class PingPong
    {
        public static int Run(int rounds)
        {
            var ping = new Chan<int>();
            var pong = new Chan<int>();
            ChildProcess server = Process.Start("chans", new[] { "pong-server" }, ping, pong);
            for (int i = 0; i < rounds; i++)
            {
                ping.Send(i);
                if (pong.Receive() != i + 1) return 1;
            }
            ping.Close();
            ExitStatus status = server.Wait();
            return status.Success ? 0 : 2;
        }

        /// <summary>Answers every ping (handle 0) with the number plus one on pong (handle 1)
        /// until ping is closed.</summary>
        public static int Serve()
        {
            Chan<int> ping = Chan<int>.FromHandle(0);
            Chan<int> pong = Chan<int>.FromHandle(1);
            foreach (int value in ping) pong.Send(value + 1);
            return 0;
        }
    }
}
