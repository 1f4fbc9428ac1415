using System;

namespace GoOS
{
    /// <summary>The subscription pattern for a service (drivers): the service publishes a channel
    /// of channels under a name; a program subscribes by sending its own Chan&lt;T&gt; over it, and
    /// from then on gets every value the service hands to Send. A subscriber whose channel is
    /// full misses the value; one whose channel was closed is dropped. Subscriptions are taken
    /// by a goroutine of the service.</summary>
    public sealed class Subscribers<T> where T : unmanaged
    {
        // Replaced whole (never grown in place) by the goroutine that takes subscriptions; Send
        // reads it. A dropped subscriber's entry is set to null.
        private volatile Chan<T>[] _channels = new Chan<T>[0];

        /// <summary>Publishes name and starts taking subscriptions.</summary>
        public Subscribers(string name)
        {
            var requests = new ChanOfChan<T>();
            requests.Publish(name);
            Go.Run(() =>
            {
                while (true) Add(requests.Receive());
            });
        }

        /// <summary>How many channels subscribed so far (dropped ones included).</summary>
        public int Count => _channels.Length;

        /// <summary>Offers value to every subscriber without waiting.</summary>
        public void Send(T value)
        {
            Chan<T>[] channels = _channels;
            for (int i = 0; i < channels.Length; i++)
            {
                if (channels[i] == null) continue;
                try
                {
                    channels[i].TrySend(value);
                }
                catch (InvalidOperationException)
                {
                    channels[i] = null;   // closed by its program
                }
            }
        }

        private void Add(Chan<T> channel)
        {
            Chan<T>[] before = _channels;
            var after = new Chan<T>[before.Length + 1];
            Array.Copy(before, after, before.Length);
            after[before.Length] = channel;
            _channels = after;
        }
    }
}
