using GoOS.Kernel.Arch.X64;

namespace GoOS.Kernel.Diagnostics
{
    /// <summary>The kernel log: every character goes to COM1 and to the VGA text screen, or,
    /// while the console program has the screen, to it (ScreenClaim). Needs no allocation, so it
    /// works inside fault handlers and panics.</summary>
    internal static unsafe class Log
    {
        public static void Initialize()
        {
            SerialPort.Initialize();
            VgaText.Initialize();
        }

        public static void Write(char c)
        {
            if (c == '\n') SerialPort.Write((byte)'\r');
            SerialPort.Write(c < 128 ? (byte)c : (byte)'?');
            if (Devices.ScreenClaim.Claimed) Devices.ScreenClaim.Forward(c);
            else VgaText.Write(c);
        }

        public static void Write(string text)
        {
            if (text == null) return;
            for (int i = 0; i < text.Length; i++) Write(text[i]);
        }

        public static void Write(char* text, int length)
        {
            for (int i = 0; i < length; i++) Write(text[i]);
        }

        public static void WriteLine(string text)
        {
            Write(text);
            Write('\n');
        }

        /// <summary>Writes value as 0x-prefixed hexadecimal, 16 digits, without allocating.</summary>
        public static void WriteHex(ulong value)
        {
            Write('0'); Write('x');
            for (int shift = 60; shift >= 0; shift -= 4) Write("0123456789abcdef"[(int)((value >> shift) & 15)]);
        }

        /// <summary>Writes value in decimal without allocating.</summary>
        public static void WriteDecimal(ulong value)
        {
            char* digits = stackalloc char[20];
            int count = 0;
            do { digits[count++] = (char)('0' + (int)(value % 10)); value /= 10; } while (value != 0);
            while (count > 0) Write(digits[--count]);
        }
    }
}
