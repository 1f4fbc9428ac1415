using System.Diagnostics;
using NUnit.Framework;

namespace GoOS.Tests.Boot;

/// <summary>Boot tests: builds the test image (the real kernel and runtime with test suites as
/// payload), boots it in QEMU once, and checks each suite's results. A suite that does not
/// report every planned test (hang, crash, panic) fails.</summary>
[TestFixture, NonParallelizable]
public class BootTests
{
    private static readonly TimeSpan BootLimit = TimeSpan.FromSeconds(120);

    // Guest time from the instructions executed (8 ns each), not the host clock: on a loaded
    // machine TCG otherwise loses timer ticks against the TSC, and the timer and clock tests
    // (CpuSuite) would measure the host. Halts skip ahead to the next timer deadline.
    private static readonly string[] DeterministicTime = { "-icount", "shift=3,sleep=off" };
    private QemuRun _run;
    private BootTestLog _log;

    internal static string OutDir => Path.Combine(RepositoryPaths.Root, "out");

    [OneTimeSetUp]
    public void BuildAndBoot()
    {
        BuildTestImage();
        _run = QemuRun.Boot(Path.Combine(OutDir, "goos-test.iso"), BootLimit, null, DeterministicTime);
        _log = BootTestLog.Parse(_run.Output);
        TestContext.Progress.WriteLine(_run.Output);
    }

    /// <summary>Builds GoOS.BootSuites (and with it the kernel and runtime) into out/goos-test*.iso.</summary>
    internal static void BuildTestImage()
    {
        var build = new ProcessStartInfo("dotnet", "build GoOS.Tests/Boot/Suites/GoOS.BootSuites.csproj -nologo -v q -clp:NoSummary")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(build)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, "building the test image failed:\n" + output);
    }

    [TestCase("exceptions")]
    [TestCase("language")]
    [TestCase("corelib")]
    [TestCase("cpu")]
    [TestCase("threads")]
    [TestCase("usermode")]
    [TestCase("memory")]
    [TestCase("process")]
    [TestCase("gc")]
    [TestCase("channels")]
    [TestCase("devices")]
    public void SuiteRanEveryPlannedTest(string suiteName)
    {
        Assert.That(_log.Suites.ContainsKey(suiteName), Is.True, $"suite {suiteName} never started; output:\n{_run.Output}");
        BootTestLog.Suite suite = _log.Suites[suiteName];
        Assert.That(suite.Failed, Is.Empty, "failed boot tests");
        Assert.That(suite.Planned, Is.Not.Null, "no TEST-PLAN line");
        Assert.That(suite.Passed.Count, Is.EqualTo(suite.Planned), "passed tests vs planned; the image stopped early?\n" + _run.Output);
        Assert.That(suite.Done, Is.True, "no TEST-DONE line");
    }

    [Test]
    public void APortWithoutAGrantIsNamedWhenItsProgramEnds()
    {
        Assert.That(_run.Output, Does.Contain("general protection fault at RIP ").And.Contain(": port I/O without a grant (port 0x60)"),
            "the devices suite's probe touched port 0x60 without a grant");
    }

    [Test]
    public void ImageFinishesAndExitsWithPassStatus()
    {
        Assert.That(_run.TimedOut, Is.False, "the test image hung");
        Assert.That(_log.Verdict, Is.EqualTo("passed"), "ALL-DONE verdict");
        Assert.That(_run.ExitCode, Is.EqualTo((0x10 << 1) | 1), "QEMU exit status from isa-debug-exit");
    }
}
