using System;
using GoOS;
using GoOS.Abi;

namespace GoOS.TestPrograms.Devices
{
    /// <summary>Scenarios for the device boot tests (the first argument names one), run as a
    /// driver the kernel granted the PS/2 controller: ports 0x60 and 0x64 and IRQ 1. The exit
    /// code says what held (0 = all of it; otherwise the step that failed).</summary>
    public static class Program
    {
        private const ushort Data = 0x60, Status = 0x64;
        private const byte OutputFull = 1, InputFull = 2;
        private const byte ReadConfiguration = 0x20, WriteConfiguration = 0x60, Echo = 0xEE;

        public static int Main(string[] args)
        {
            if (args.Length == 0) return 100;
            switch (args[0])
            {
                case "ports": return Ports.In8(Status) == 0xFF ? 1 : 0;   // 0xFF: no controller answered
                case "keyboard-echo": return KeyboardEcho();
                case "claims": return Claims();
                default:
                    Console.WriteLine("devices: unknown scenario " + args[0]);
                    return 100;
            }
        }

        // Turns on the controller's keyboard interrupt, sends the keyboard ECHO command and waits
        // (two seconds at most) for IRQ 1 to arrive as a message; the byte read then is the echo.
        private static int KeyboardEcho()
        {
            Chan<long> interrupts = Irq.Claim(1);
            while ((Ports.In8(Status) & OutputFull) != 0) Ports.In8(Data);   // stale bytes
            WriteCommand(ReadConfiguration);
            if (!WaitFor(OutputFull, set: true)) return 1;
            byte configuration = Ports.In8(Data);
            WriteCommand(WriteConfiguration);
            WriteData((byte)((configuration | 0x01) & ~0x10));   // keyboard interrupt on, keyboard clock on
            WriteData(Echo);
            var select = new Select();
            int irq = select.Receive(interrupts);
            select.Receive(Time.After(2000));
            if (select.Wait() != irq) return 2;
            if (!WaitFor(OutputFull, set: true)) return 3;
            byte reply = Ports.In8(Data);
            Console.WriteLine("devices: IRQ 1 arrived as a message; the keyboard echoed 0x" + ((int)reply).ToString("x"));
            return reply == Echo ? 0 : 4;
        }

        // A line is claimed once; lines the program was not granted are refused.
        private static int Claims()
        {
            Irq.Claim(1);
            try { Irq.Claim(1); return 1; } catch (GoOSException e) when (e.Status == GoOS.Abi.Status.Busy) { }
            try { Irq.Claim(4); return 2; } catch (GoOSException e) when (e.Status == GoOS.Abi.Status.NotGranted) { }
            return 0;
        }

        private static void WriteCommand(byte command)
        {
            WaitFor(InputFull, set: false);
            Ports.Out8(Status, command);
        }

        private static void WriteData(byte value)
        {
            WaitFor(InputFull, set: false);
            Ports.Out8(Data, value);
        }

        private static bool WaitFor(byte bit, bool set)
        {
            for (int i = 0; i < 100000; i++)
                if (((Ports.In8(Status) & bit) != 0) == set) return true;
            return false;
        }
    }
}
