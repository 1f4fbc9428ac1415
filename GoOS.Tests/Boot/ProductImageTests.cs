using System.Text.RegularExpressions;
using NUnit.Framework;

namespace GoOS.Tests.Boot;

/// <summary>The image the README's run command boots reaches the kernel banner on COM1, and then
/// the shell, which a person drives over the serial line.</summary>
[TestFixture, NonParallelizable]
public class ProductImageTests
{
    [Test]
    public void ProductImageBootsToTheBanner()
    {
        string iso = Path.Combine(BootTests.OutDir, "goos.iso");
        QemuRun run = QemuRun.Boot(iso, TimeSpan.FromSeconds(60), output => output.Contains("kernel up"));
        Assert.That(run.Output, Does.Contain("GoOS 0.1 kernel up"), "no banner; output:\n" + run.Output);
        Assert.That(run.Output, Does.Not.Contain("PANIC"));
    }

    [Test]
    public void TheShellAnswersCommandsTypedOnTheSerialLine()
    {
        string iso = Path.Combine(BootTests.OutDir, "goos.iso");
        const string Prompt = "goos> ";
        var steps = new[]
        {
            (Prompt, "echo typed  on \"the serial\" line\r"),
            (Prompt, "ps\r"),
            (Prompt, "chans\r"),
            (Prompt, "mem\r"),
            (Prompt, "run hello one two\r"),
            (Prompt, "run hello &\r"),
            (Prompt, "kill 7\r"),
            (Prompt, "ech\u007fho edited\u001b[D\u001b[D\u001b[DX\r"),
            (Prompt, "bogus\r"),
            (Prompt, QemuRun.KeysPrefix + "e c h o spc t y p e d spc o n spc shift-k e y s ret"),
            (Prompt, QemuRun.ScreenStep),
            ("", "uptime\r"),   // the screen step printed nothing: go on at once
            (Prompt, "run sieve 10\r"),
            (Prompt, "run pingpong 50\r"),
            (Prompt, "run gift 2\r"),
            (Prompt, "run top 60\r"),
            (" top\n", "\u0003"),   // Ctrl-C once top has shown itself
            (Prompt, "halt\r"),
        };
        QemuRun run = QemuRun.Converse(iso, TimeSpan.FromSeconds(90), output => output.Contains("system halted by shell"), steps);
        string output = run.Output;
        Assert.That(output, Does.Contain("\ntyped on the serial line\n"), "echo, with a quoted word; output:\n" + output);
        Assert.That(run.Screens, Has.Count.EqualTo(1), "the screen was read");
        Assert.That(run.Screens[0], Does.Match(@"\ngoos> echo typed on Keys +\ntyped on Keys +\ngoos> "),
            "the console service drew the shell's conversation on the VGA screen; screen:\n" + run.Screens[0]);
        Assert.That(output, Does.Match(@"\n +\d+ +\d+ running +\d+ +\d+ serial\n"), "ps lists the serial driver");
        Assert.That(output, Does.Match(@"\n +\d+ +\d+ running +\d+ +\d+ shell\n"), "ps lists the shell");
        string names = Regex.Match(output, @"goos> chans\n((?:[a-z-]+\n)*)goos> ").Groups[1].Value;
        Assert.That(names.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EquivalentTo(new[] { "serial", "serial-out", "keyboard", "console" }),
            "the registry holds the drivers' and the console service's names");
        Assert.That(output, Does.Match(@"\n +\d+ +\d+ running +\d+ +\d+ console\n"), "ps lists the console service");
        Assert.That(output, Does.Match(@"pages \(4 KiB\): \d+ free of \d+; heap pages in use \d+, shared 0, dirty 0\n"), "mem: the system");
        Assert.That(output, Does.Match(@"\n +\d+ +\d+ +[1-9]\d* +0 +0 +0 shell\n"), "mem: the shell's pages and the heap pages it holds");
        Assert.That(output, Does.Contain("argument 0: one\nargument 1: two\n"), "run waits for the program");
        Assert.That(output, Does.Contain("[1] hello"), "a background job is numbered");
        Assert.That(output, Does.Contain("kill: give the number of a background job"), "kill of a job that does not exist");
        Assert.That(output, Does.Contain("\nediXted\n"), "backspace, then three steps left and an insertion, edited \"echo edited\"");
        Assert.That(output, Does.Contain("bogus: no such command (try help)"));
        Assert.That(output, Does.Contain("\ntyped on Keys\n"), "a line typed on the PS/2 keyboard (QEMU sendkey), with Shift");
        Assert.That(output, Does.Match(@"\nup \d+\.\d{3} s\n"), "uptime");
        Assert.That(output, Does.Contain("\nprimes: 2 3 5 7 11 13 17 19 23 29\n"), "the sieve demo, a program per filter");
        Assert.That(output, Does.Match(@"\npingpong: 50 round trips and a string, \d+ ticks a round trip\n"), "the ping-pong demo");
        Assert.That(output, Does.Match(@"\u001b\[2J\u001b\[Htop - up \d+ s, \d+ processes, \d+ of \d+ pages free"), "the top view, after clearing the screen");
        Assert.That(output, Does.Match(@"\n +\d+ +\d+ +\d+ +\d+ +\d+ top\n"), "top lists itself");
        Assert.That(output, Does.Match(@"gift: 2 MB from a program that has ended, intact; received in \d+ ticks.*\ngift: foreign pages 51\d, dirty pages 51\d\ngift: dropped and collected: foreign pages 0, \d{3} pages free again\n"),
            "the gift demo: 2 MB moved, owned as foreign and dirty pages, freed when dropped");
        Assert.That(output, Does.Match(@"\^C\ntop: killed\ngoos> "), "Ctrl-C ended top (it would have run for a minute)");
        Assert.That(output, Does.Contain("system halted by shell"), "halt");
        Assert.That(output, Does.Not.Contain("PANIC"));
    }

    [Test]
    public void RebootFromTheShellResetsTheMachine()
    {
        string iso = Path.Combine(BootTests.OutDir, "goos.iso");
        QemuRun run = QemuRun.Converse(iso, TimeSpan.FromSeconds(60), null, new[] { ("goos> ", "reboot\r") });
        Assert.That(run.Output, Does.Contain("system restarting (asked by shell)"), "output:\n" + run.Output);
        Assert.That(run.TimedOut, Is.False, "QEMU, started with -no-reboot, exits when the guest resets");
        Assert.That(run.ExitCode, Is.EqualTo(0));
    }
}
