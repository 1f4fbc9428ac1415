using GoOS.Runtime;

namespace System
{
    /// <summary>Standard output of a program: the console (today the kernel log, COM1 and the
    /// screen). Only for programs; the kernel writes with its own log.</summary>
    public static class Console
    {
        public static void Write(string value) => ConsoleOutput.Write(value);

        public static void Write(object value) => ConsoleOutput.Write(value?.ToString());

        public static void Write(char value) => ConsoleOutput.Write(value.ToString());

        public static void Write(int value) => ConsoleOutput.Write(value.ToString());

        public static void Write(long value) => ConsoleOutput.Write(value.ToString());

        public static void WriteLine() => ConsoleOutput.Write("\n");

        public static void WriteLine(string value) => ConsoleOutput.Write(value + "\n");

        public static void WriteLine(object value) => WriteLine(value?.ToString());

        public static void WriteLine(char value) => WriteLine(value.ToString());

        public static void WriteLine(int value) => WriteLine(value.ToString());

        public static void WriteLine(long value) => WriteLine(value.ToString());

        public static void WriteLine(ulong value) => WriteLine(value.ToString());

        public static void WriteLine(bool value) => WriteLine(value ? "True" : "False");
    }
}
