using GoOS;

namespace GoOS.TestPrograms.Chans
{
    /// <summary>The subscription pattern: a publisher publishes a channel of channels; each
    /// subscriber sends its own channel over it and then receives what the publisher sends.</summary>
    internal static class Subscription
    {
        public const string Name = "news";
        public const int Items = 5;

        public static int Publish(int subscribers)
        {
            var requests = new ChanOfChan<int>();
            requests.Publish(Name);
            var subscribed = new Chan<int>[subscribers];
            for (int i = 0; i < subscribers; i++) subscribed[i] = requests.Receive();
            for (int item = 1; item <= Items; item++)
                for (int i = 0; i < subscribers; i++) subscribed[i].Send(item);
            for (int i = 0; i < subscribers; i++) subscribed[i].Close();
            return 0;
        }

        /// <summary>Exit code: the sum of what it received (15 when all five items came).</summary>
        public static int Subscribe()
        {
            ChanOfChan<int> requests = ChanOfChan<int>.Lookup(Name, 5000);
            if (requests == null) return 100;
            var mine = new Chan<int>(Items);
            requests.Send(mine);
            int sum = 0;
            foreach (int item in mine) sum += item;
            return sum;
        }
    }
}
