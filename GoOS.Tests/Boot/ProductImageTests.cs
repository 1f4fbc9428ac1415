using NUnit.Framework;

namespace GoOS.Tests.Boot;

/// <summary>The image the README's run command boots reaches the kernel banner on COM1.</summary>
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
}
