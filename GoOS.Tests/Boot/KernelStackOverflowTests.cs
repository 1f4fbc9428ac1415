using NUnit.Framework;

namespace GoOS.Tests.Boot;

/// <summary>A kernel stack overflow ends in a double fault that runs on its own IST stack and
/// stops the kernel with a clear message, instead of a triple fault (a silent reset).</summary>
[TestFixture, NonParallelizable]
public class KernelStackOverflowTests
{
    [Test]
    public void StackOverflowStopsWithDoubleFaultMessage()
    {
        BootTests.BuildTestImage();
        QemuRun run = QemuRun.Boot(Path.Combine(BootTests.OutDir, "goos-test-stack-overflow.iso"), TimeSpan.FromSeconds(60));
        string output = run.Output;
        Assert.That(output, Does.Contain("CPU exception 8 (double fault)"), output);
        Assert.That(output, Does.Contain("kernel stack overflow?"));
        Assert.That(output, Does.Contain("OverflowKernelStack"), "names the method that overflowed");
        Assert.That(output, Does.Contain("PANIC: unhandled CPU exception"));
        Assert.That(run.ExitCode, Is.EqualTo(3), "panic exit status; output:\n" + output);
    }
}
