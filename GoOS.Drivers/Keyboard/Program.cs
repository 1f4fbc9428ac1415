using System;
using GoOS;

namespace GoOS.Drivers.Keyboard
{
    /// <summary>The PS/2 keyboard driver (granted ports 0x60 and 0x64 and IRQ 1): it decodes
    /// scancode set 1 (ScancodeDecoder, US layout, modifiers and locks) and publishes "keyboard"
    /// (Subscribers): a program that sends its own Chan&lt;byte&gt; over it gets each key press
    /// as the bytes a terminal would send (TerminalEncoder), so the keyboard and the serial line
    /// read alike.</summary>
    public static class Program
    {
        private const ushort Data = 0x60, Status = 0x64;
        private const byte OutputFull = 1, InputFull = 2;
        private const byte ReadConfiguration = 0x20, WriteConfiguration = 0x60;
        private const byte KeyboardInterrupt = 0x01, KeyboardClockOff = 0x10;

        public static int Main(string[] args)
        {
            Chan<long> interrupts = Irq.Claim(1);
            var subscribers = new Subscribers<byte>("keyboard");
            EnableInterrupt();
            var decoder = new ScancodeDecoder();
            Span<byte> sequence = stackalloc byte[TerminalEncoder.MaxSequenceLength];
            foreach (long _ in interrupts)
            {
                while ((Ports.In8(Status) & OutputFull) != 0)
                {
                    if (!decoder.Feed(Ports.In8(Data), out KeyEvent key)) continue;
                    int length = TerminalEncoder.Encode(key, sequence);
                    for (int i = 0; i < length; i++) subscribers.Send(sequence[i]);
                }
            }
            return 0;
        }

        // Turns on the controller's keyboard interrupt (and the keyboard), dropping stale bytes.
        private static void EnableInterrupt()
        {
            while ((Ports.In8(Status) & OutputFull) != 0) Ports.In8(Data);
            WaitUntilInputEmpty();
            Ports.Out8(Status, ReadConfiguration);
            while ((Ports.In8(Status) & OutputFull) == 0) { }
            byte configuration = Ports.In8(Data);
            WaitUntilInputEmpty();
            Ports.Out8(Status, WriteConfiguration);
            WaitUntilInputEmpty();
            Ports.Out8(Data, (byte)((configuration | KeyboardInterrupt) & ~KeyboardClockOff));
        }

        private static void WaitUntilInputEmpty()
        {
            while ((Ports.In8(Status) & InputFull) != 0) { }
        }
    }
}
