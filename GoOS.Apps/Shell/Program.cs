using System;
using System.Text;
using GoOS;

namespace GoOS.Apps.Shell
{
    /// <summary>The shell: a prompt with line editing (LineEditor) over the bytes the serial
    /// driver forwards, running one command per line (Commands).</summary>
    public static class Program
    {
        public const string Prompt = "goos> ";
        private const int Columns = 80;

        public static int Main(string[] args)
        {
            ChanOfChan<byte> serial = ChanOfChan<byte>.Lookup("serial", 5000);
            if (serial == null)
            {
                Console.WriteLine("shell: no serial driver published \"serial\"");
                return 1;
            }
            var input = new Chan<byte>(256);
            serial.Send(input);
            var editor = new LineEditor(Columns - Prompt.Length - 1);
            var commands = new Commands();
            var output = new StringBuilder();
            Console.Write(Prompt);
            foreach (byte value in input)
            {
                output.Clear();
                LineStatus status = editor.Feed(value, output);
                if (output.Length > 0) Console.Write(output.ToString());
                if (status == LineStatus.Completed) commands.Run(editor.CompletedLine);
                if (status != LineStatus.Editing) Console.Write(Prompt);
            }
            return 0;
        }
    }
}
