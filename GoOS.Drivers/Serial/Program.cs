using GoOS;

namespace GoOS.Drivers.Serial
{
    /// <summary>The COM1 input driver (granted ports 0x3F8-0x3FF and IRQ 4). It publishes
    /// "serial" (Subscribers): a program that sends its own Chan&lt;byte&gt; over it gets every
    /// byte that arrives on the line. Output to COM1 is the kernel console's (Console.Write).</summary>
    public static class Program
    {
        private const ushort Base = 0x3F8;
        private const ushort Receive = Base, InterruptEnable = Base + 1, ModemControl = Base + 4, LineStatus = Base + 5;
        private const byte DataReady = 1, ReceivedDataInterrupt = 1, InterruptsToPic = 0x08, DtrRts = 0x03;

        public static int Main(string[] args)
        {
            Chan<long> interrupts = Irq.Claim(4);
            var subscribers = new Subscribers<byte>("serial");
            Ports.Out8(ModemControl, DtrRts | InterruptsToPic);
            Ports.Out8(InterruptEnable, ReceivedDataInterrupt);
            Drain(subscribers);   // bytes that came before the interrupt was on
            foreach (long _ in interrupts) Drain(subscribers);
            return 0;
        }

        // Hands every byte the UART holds to the subscribers.
        private static void Drain(Subscribers<byte> subscribers)
        {
            while ((Ports.In8(LineStatus) & DataReady) != 0) subscribers.Send(Ports.In8(Receive));
        }
    }
}
