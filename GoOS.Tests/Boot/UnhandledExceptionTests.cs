using NUnit.Framework;

namespace GoOS.Tests.Boot;

/// <summary>An exception nobody catches stops the kernel: its type, message and stack (method
/// names) are printed, then a panic line, and QEMU ends with the panic status.</summary>
[TestFixture, NonParallelizable]
public class UnhandledExceptionTests
{
    [Test]
    public void UnhandledExceptionPrintsTypeMessageStackAndPanics()
    {
        BootTests.BuildTestImage();
        QemuRun run = QemuRun.Boot(Path.Combine(BootTests.OutDir, "goos-test-unhandled.iso"), TimeSpan.FromSeconds(60));
        string output = run.Output;
        Assert.That(output, Does.Contain("Unhandled exception. GoOS.BootSuites.UnhandledProbeException: nobody catches this"));
        Assert.That(output, Does.Contain("   at GoOS.BootSuites.BootTestEntry.ThrowUnhandledProbe("), "stack names the throwing method");
        Assert.That(output, Does.Contain("   at GoOS.BootSuites.BootTestEntry.Main("), "the export goos_kernel_main is named as its method");
        Assert.That(output, Does.Contain("PANIC: unhandled exception"));
        Assert.That(run.ExitCode, Is.EqualTo(3), "panic exit status; output:\n" + output);
    }
}
