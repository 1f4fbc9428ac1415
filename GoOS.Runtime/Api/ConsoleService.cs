using GoOS.Runtime;

namespace GoOS
{
    /// <summary>Where Console output goes. A program writes to the console service — the
    /// program that has the screen and mirrors what it shows to COM1 — once that has published
    /// its channel under Name; until then, and when it is gone, to the kernel log (COM1 and
    /// the screen). Text is sent as ChanOfString messages of up to MessageCharacters characters.</summary>
    public static class ConsoleService
    {
        /// <summary>The name the console service publishes its channel of strings under.</summary>
        public const string Name = "console";

        /// <summary>The longest message of the console's channel (its maximumLength).</summary>
        public const int MessageCharacters = 256;

        /// <summary>This program's Console output goes straight to the kernel log: for the
        /// console service itself and the drivers it writes through (a program that waited on
        /// the console while the console waits on it would deadlock).</summary>
        public static void Bypass() => ConsoleOutput.Bypass();
    }
}
