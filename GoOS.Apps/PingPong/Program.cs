using System;

namespace GoOS.Apps.PingPong
{
    /// <summary>"pingpong [ROUNDS]" bounces a number ROUNDS times (default 1000) between this
    /// program and a server program, then a string, and prints the round trip's average in CPU
    /// ticks. The servers: "pingpong pong-server" (numbers, handles 0 and 1) and
    /// "pingpong upper-server" (strings). Exit 0 when every answer was right.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 1 && args[0] == "pong-server") return PingPong.Serve();
            if (args.Length == 1 && args[0] == "upper-server") return PingPong.ServeUpper();
            int rounds = args.Length > 0 && int.TryParse(args[0], out int asked) && asked > 0 ? asked : 1000;
            ulong start = GoOS.CpuClock.Ticks;
            int result = PingPong.Run(rounds);
            Console.WriteLine("pingpong: " + rounds.ToString() + " round trips and a string, " + ((GoOS.CpuClock.Ticks - start) / (ulong)rounds).ToString() + " ticks a round trip"
                + (result == 0 ? "" : " (a wrong answer: " + result.ToString() + ")"));
            return result;
        }
    }
}
