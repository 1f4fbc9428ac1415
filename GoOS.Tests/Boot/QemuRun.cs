using System.Text.RegularExpressions;
using System.Diagnostics;
using System.Text;

namespace GoOS.Tests.Boot;

/// <summary>Boots an ISO in QEMU (no display, COM1 on stdin and stdout, isa-debug-exit) and
/// collects what the guest prints until QEMU exits, a stop condition is seen, or the time limit
/// passes; a conversation types each answer on COM1 once its prompt has been printed.</summary>
internal sealed class QemuRun
{
    public string Output { get; private init; } = "";
    public int? ExitCode { get; private init; }
    public bool TimedOut { get; private init; }

    public static QemuRun Boot(string iso, TimeSpan limit, Func<string, bool> stopWhen = null, params string[] extraArguments)
        => Converse(iso, limit, stopWhen, Array.Empty<(string, string)>(), extraArguments);

    /// <summary>What a step types on the PS/2 keyboard (through the QEMU monitor's sendkey) rather
    /// than on COM1: KeysPrefix followed by QEMU key names separated by spaces ("keys:e c h o ret").</summary>
    public const string KeysPrefix = "keys:";

    /// <summary>A step typed as this reads the VGA text screen (QEMU monitor "xp" of its cells)
    /// into Screens instead of typing.</summary>
    public const string ScreenStep = "screen:";

    /// <summary>The screens ScreenStep steps read: 25 lines of 80 characters each.</summary>
    public List<string> Screens { get; } = new();

    /// <summary>Boot, and for each (prompt, typed) step in turn: once the output printed since the
    /// previous step contains prompt, types typed on the guest's COM1 (or its keyboard: KeysPrefix).</summary>
    public static QemuRun Converse(string iso, TimeSpan limit, Func<string, bool> stopWhen, (string Prompt, string Typed)[] steps, params string[] extraArguments)
    {
        int monitorPort = 0;
        if (Array.Exists(steps, step => step.Typed.StartsWith(KeysPrefix, StringComparison.Ordinal) || step.Typed == ScreenStep))
        {
            var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            probe.Start();
            monitorPort = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            extraArguments = extraArguments.Concat(new[] { "-monitor", "tcp:127.0.0.1:" + monitorPort + ",server,nowait" }).ToArray();
        }
        System.Net.Sockets.TcpClient monitor = null;
        if (!File.Exists(iso)) throw new FileNotFoundException("boot image missing (build it first)", iso);
        var start = new ProcessStartInfo("qemu-system-x86_64")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "-cdrom", iso, "-m", "256M", "-cpu", "max", "-display", "none", "-serial", "stdio",
                     "-no-reboot", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04" })
            start.ArgumentList.Add(argument);
        foreach (string argument in extraArguments) start.ArgumentList.Add(argument);

        using var qemu = Process.Start(start) ?? throw new InvalidOperationException("qemu-system-x86_64 did not start");
        var output = new StringBuilder();
        var screens = new List<string>();
        var stopped = new ManualResetEventSlim();
        int step = 0, stepStart = 0;
        // Read as it comes, not by lines: a prompt is not followed by a newline.
        var reader = Task.Run(() =>
        {
            var buffer = new char[4096];
            int count;
            while ((count = qemu.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
            {
                lock (output)
                {
                    for (int i = 0; i < count; i++) if (buffer[i] != '\r') output.Append(buffer[i]);
                    string text = output.ToString();
                    // A step may follow at once (an empty prompt): steps run while their prompts are there.
                    while (step < steps.Length && text.IndexOf(steps[step].Prompt, stepStart, StringComparison.Ordinal) >= 0)
                    {
                        stepStart = text.Length;
                        string typed = steps[step++].Typed;
                        if (typed == ScreenStep) screens.Add(ReadScreen(ref monitor, monitorPort));
                        else if (typed.StartsWith(KeysPrefix, StringComparison.Ordinal)) SendKeys(ref monitor, monitorPort, typed.Substring(KeysPrefix.Length));
                        else
                        {
                            qemu.StandardInput.Write(typed);
                            qemu.StandardInput.Flush();
                        }
                    }
                    if (stopWhen != null && stopWhen(text)) stopped.Set();
                }
            }
        });
        qemu.ErrorDataReceived += (_, line) => { if (line.Data != null) lock (output) output.Append("[qemu] ").Append(line.Data).Append('\n'); };
        qemu.BeginErrorReadLine();

        var exited = Task.Run(() => qemu.WaitForExit());
        int signalled = WaitHandle.WaitAny(new[] { ((IAsyncResult)exited).AsyncWaitHandle, stopped.WaitHandle }, limit);
        bool timedOut = signalled == WaitHandle.WaitTimeout;
        bool exitedByItself = signalled == 0;
        if (!exitedByItself && !qemu.HasExited) qemu.Kill(entireProcessTree: true);
        qemu.WaitForExit();
        reader.Wait(TimeSpan.FromSeconds(5));
        monitor?.Dispose();
        lock (output)
        {
            var run = new QemuRun { Output = output.ToString(), ExitCode = exitedByItself ? qemu.ExitCode : null, TimedOut = timedOut };
            run.Screens.AddRange(screens);
            return run;
        }
    }

    // The 80x25 text the VGA cells at 0xB8000 hold now, read through the monitor ("xp" prints
    // them as 16-bit words, the character in the low byte), a line per row.
    private static string ReadScreen(ref System.Net.Sockets.TcpClient monitor, int port)
    {
        const int cells = 80 * 25;
        monitor ??= new System.Net.Sockets.TcpClient("127.0.0.1", port);
        System.Net.Sockets.NetworkStream stream = monitor.GetStream();
        byte[] command = Encoding.ASCII.GetBytes("xp /" + cells + "hx 0xb8000\n");
        stream.Write(command, 0, command.Length);
        var reply = new StringBuilder();
        var words = new List<int>();
        var buffer = new byte[65536];
        stream.ReadTimeout = 5000;
        while (words.Count < cells)
        {
            int count = stream.Read(buffer, 0, buffer.Length);
            if (count <= 0) break;
            reply.Append(Encoding.ASCII.GetString(buffer, 0, count));
            words.Clear();
            foreach (Match line in Regex.Matches(reply.ToString(), @"^0*b[89a-f][0-9a-f]{3}:((?: 0x[0-9a-f]{4})+)", RegexOptions.Multiline))
                foreach (Match word in Regex.Matches(line.Groups[1].Value, "0x([0-9a-f]{4})"))
                    words.Add(Convert.ToInt32(word.Groups[1].Value, 16));
        }
        var screen = new StringBuilder();
        for (int i = 0; i < cells && i < words.Count; i++)
        {
            int character = words[i] & 0xFF;
            screen.Append(character >= 32 && character < 127 ? (char)character : ' ');
            if (i % 80 == 79) screen.Append('\n');
        }
        return screen.ToString();
    }

    // Presses each key (QEMU key names) through the monitor, a moment apart.
    private static void SendKeys(ref System.Net.Sockets.TcpClient monitor, int port, string keys)
    {
        monitor ??= new System.Net.Sockets.TcpClient("127.0.0.1", port);
        System.Net.Sockets.NetworkStream stream = monitor.GetStream();
        foreach (string key in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            byte[] command = Encoding.ASCII.GetBytes("sendkey " + key + "\n");
            stream.Write(command, 0, command.Length);
            Thread.Sleep(50);
        }
    }
}
