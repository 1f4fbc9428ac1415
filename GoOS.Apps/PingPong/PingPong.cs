using GoOS;

namespace GoOS.Apps.PingPong
{
    /// <summary>Two programs bounce a number over two unbuffered channels, then a string (copied
    /// there and back, upper-cased on the way).</summary>
    internal static class PingPong
    {
        public static int Run(int rounds)
        {
            var ping = new Chan<int>();
            var pong = new Chan<int>();
            ChildProcess server = Process.Start("pingpong", new[] { "pong-server" }, ping, pong);
            for (int i = 0; i < rounds; i++)
            {
                ping.Send(i);
                if (pong.Receive() != i + 1) return 1;
            }
            ping.Close();
            ExitStatus status = server.Wait();
            if (!status.Success) return 2;
            return Strings() ? 0 : 3;
        }

        // A string copied to another program and back, upper-cased there.
        private static bool Strings()
        {
            var requests = new ChanOfString();
            var replies = new ChanOfString();
            ChildProcess server = Process.Start("pingpong", new[] { "upper-server" }, requests, replies);
            requests.Send("ping from GoOS");
            string reply = replies.Receive();
            requests.Close();
            return server.Wait().Success && reply == "PING FROM GOOS";
        }

        /// <summary>Answers every string (handle 0) with its upper-case copy (handle 1).</summary>
        public static int ServeUpper()
        {
            ChanOfString requests = ChanOfString.FromHandle(0);
            ChanOfString replies = ChanOfString.FromHandle(1);
            while (true)
            {
                string text = requests.Receive(out bool ok);
                if (!ok) return 0;
                replies.Send(text.ToUpperInvariant());
            }
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
