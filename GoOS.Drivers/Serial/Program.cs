using System;
using GoOS;

namespace GoOS.Drivers.Serial
{
    /// <summary>The COM1 input driver (granted ports 0x3F8-0x3FF and IRQ 4). It publishes
    /// "serial", a channel of channels: a program sends its own Chan&lt;byte&gt; over it and from
    /// then on gets every byte that arrives on the line. A subscriber whose channel is full or
    /// closed loses the byte (or its subscription), never the driver's time. Output to COM1 is
    /// the kernel console's (Console.Write).</summary>
    public static class Program
    {
        private const ushort Base = 0x3F8;
        private const ushort Receive = Base, InterruptEnable = Base + 1, ModemControl = Base + 4, LineStatus = Base + 5;
        private const byte DataReady = 1, ReceivedDataInterrupt = 1, InterruptsToPic = 0x08, DtrRts = 0x03;

        public const string Name = "serial";

        // Replaced whole (never changed in place) by the goroutine that takes subscriptions; the
        // interrupt loop reads it. A closed subscriber's entry is set to null.
        private static volatile Chan<byte>[] s_subscribers = new Chan<byte>[0];

        public static int Main(string[] args)
        {
            Chan<long> interrupts = Irq.Claim(4);
            var subscriptions = new ChanOfChan<byte>();
            subscriptions.Publish(Name);
            Go.Run(() =>
            {
                while (true)
                {
                    Chan<byte> subscriber = subscriptions.Receive();
                    Chan<byte>[] before = s_subscribers;
                    var after = new Chan<byte>[before.Length + 1];
                    Array.Copy(before, after, before.Length);
                    after[before.Length] = subscriber;
                    s_subscribers = after;
                }
            });
            Ports.Out8(ModemControl, DtrRts | InterruptsToPic);
            Ports.Out8(InterruptEnable, ReceivedDataInterrupt);
            Drain();   // bytes that came before the interrupt was on
            foreach (long _ in interrupts) Drain();
            return 0;
        }

        // Hands every byte the UART holds to every subscriber.
        private static void Drain()
        {
            while ((Ports.In8(LineStatus) & DataReady) != 0)
            {
                byte value = Ports.In8(Receive);
                Chan<byte>[] subscribers = s_subscribers;
                for (int i = 0; i < subscribers.Length; i++)
                {
                    if (subscribers[i] == null) continue;
                    try
                    {
                        subscribers[i].TrySend(value);
                    }
                    catch (InvalidOperationException)
                    {
                        subscribers[i] = null;   // closed by its program
                    }
                }
            }
        }
    }
}
