using System;
using System.Text;
using GoOS;

namespace GoOS.Apps.Shell
{
    /// <summary>The shell: a prompt with line editing (LineEditor) over what is typed on the
    /// serial line and on the keyboard at once (one select over the two drivers' channels),
    /// running one command per line (Commands).</summary>
    public static class Program
    {
        public const string Prompt = "goos> ";
        private const int Columns = 80;

        public static int Main(string[] args)
        {
            Chan<byte> serial = Subscribe("serial");
            Chan<byte> keyboard = Subscribe("keyboard");
            if (serial == null && keyboard == null)
            {
                Console.WriteLine("shell: neither \"serial\" nor \"keyboard\" is published");
                return 1;
            }
            var editor = new LineEditor(Columns - Prompt.Length - 1);
            var commands = new Commands(serial, keyboard);
            var output = new StringBuilder();
            var select = new Select();
            select.Receive(serial);     // a null channel is never ready
            select.Receive(keyboard);
            Console.WriteLine("shell ready (" + CpuClock.Ticks.ToString() + " TSC ticks since reset); type help");
            Console.Write(Prompt);
            while (true)
            {
                int chosen = select.Wait();
                if (!select.Ok(chosen)) return 0;   // the driver ended
                output.Clear();
                LineStatus status = editor.Feed(select.Value<byte>(chosen), output);
                if (output.Length > 0) Console.Write(output.ToString());
                if (status == LineStatus.Completed) commands.Run(editor.CompletedLine);
                if (status != LineStatus.Editing) Console.Write(Prompt);
            }
        }

        // Sends a channel of our own to the driver published as name (waiting up to 5 s for it);
        // null when there is none.
        private static Chan<byte> Subscribe(string name)
        {
            ChanOfChan<byte> requests = ChanOfChan<byte>.Lookup(name, 5000);
            if (requests == null) return null;
            var input = new Chan<byte>(256);
            requests.Send(input);
            return input;
        }
    }
}
