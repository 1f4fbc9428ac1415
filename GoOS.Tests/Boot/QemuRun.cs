using System.Diagnostics;
using System.Text;

namespace GoOS.Tests.Boot;

/// <summary>Boots an ISO in QEMU (no display, COM1 on stdout, isa-debug-exit) and collects what
/// the guest prints until QEMU exits, a stop condition is seen, or the time limit passes.</summary>
internal sealed class QemuRun
{
    public string Output { get; private init; } = "";
    public int? ExitCode { get; private init; }
    public bool TimedOut { get; private init; }

    public static QemuRun Boot(string iso, TimeSpan limit, Func<string, bool> stopWhen = null, params string[] extraArguments)
    {
        if (!File.Exists(iso)) throw new FileNotFoundException("boot image missing (build it first)", iso);
        var start = new ProcessStartInfo("qemu-system-x86_64")
        {
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
        var stopped = new ManualResetEventSlim();
        qemu.OutputDataReceived += (_, line) =>
        {
            if (line.Data == null) return;
            lock (output)
            {
                output.Append(line.Data.TrimEnd('\r')).Append('\n');
                if (stopWhen != null && stopWhen(output.ToString())) stopped.Set();
            }
        };
        qemu.ErrorDataReceived += (_, line) => { if (line.Data != null) lock (output) output.Append("[qemu] ").Append(line.Data).Append('\n'); };
        qemu.BeginOutputReadLine();
        qemu.BeginErrorReadLine();

        var exited = Task.Run(() => qemu.WaitForExit());
        int signalled = WaitHandle.WaitAny(new[] { ((IAsyncResult)exited).AsyncWaitHandle, stopped.WaitHandle }, limit);
        bool timedOut = signalled == WaitHandle.WaitTimeout;
        bool exitedByItself = signalled == 0;
        if (!exitedByItself && !qemu.HasExited) qemu.Kill(entireProcessTree: true);
        qemu.WaitForExit();
        lock (output)
        {
            return new QemuRun { Output = output.ToString(), ExitCode = exitedByItself ? qemu.ExitCode : null, TimedOut = timedOut };
        }
    }
}
