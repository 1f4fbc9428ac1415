using GoOS;

namespace GoOS.Drivers.Serial
{
    /// <summary>The COM1 driver (granted ports 0x3F8-0x3FF and IRQ 4). Input: it publishes
    /// "serial" (Subscribers): a program that sends its own Chan&lt;byte&gt; over it gets every
    /// byte that arrives on the line. Output: it publishes "serial-out", a channel of strings
    /// (ChanOfString, ConsoleService.MessageCharacters characters a message) whose text it
    /// writes to the line, "\n" as "\r\n"; the console service mirrors the screen's text there.
    /// Its own Console output goes to the kernel log (ConsoleService.Bypass).</summary>
    public static class Program
    {
        public const string OutputName = "serial-out";
        private const ushort Base = 0x3F8;
        private const ushort Data = Base, InterruptEnable = Base + 1, ModemControl = Base + 4, LineStatus = Base + 5;
        private const byte DataReady = 1, TransmitterEmpty = 0x20, ReceivedDataInterrupt = 1, InterruptsToPic = 0x08, DtrRts = 0x03;

        public static int Main(string[] args)
        {
            ConsoleService.Bypass();
            Chan<long> interrupts = Irq.Claim(4);
            var subscribers = new Subscribers<byte>("serial");
            var output = new ChanOfString(64, ConsoleService.MessageCharacters);
            output.Publish(OutputName);
            Go.Run(() => WriteAll(output));
            Ports.Out8(ModemControl, DtrRts | InterruptsToPic);
            Ports.Out8(InterruptEnable, ReceivedDataInterrupt);
            Drain(subscribers);   // bytes that came before the interrupt was on
            foreach (long _ in interrupts) Drain(subscribers);
            return 0;
        }

        // Hands every byte the UART holds to the subscribers.
        private static void Drain(Subscribers<byte> subscribers)
        {
            while ((Ports.In8(LineStatus) & DataReady) != 0) subscribers.Send(Ports.In8(Data));
        }

        // The output goroutine: every string sent to "serial-out", to the line.
        private static void WriteAll(ChanOfString output)
        {
            while (true)
            {
                string text = output.Receive(out bool ok);
                if (!ok) return;
                for (int i = 0; i < text.Length; i++)
                {
                    if (text[i] == '\n') Put((byte)'\r');
                    Put(text[i] < 128 ? (byte)text[i] : (byte)'?');
                }
            }
        }

        private static void Put(byte value)
        {
            while ((Ports.In8(LineStatus) & TransmitterEmpty) == 0) { }
            Ports.Out8(Data, value);
        }
    }
}
