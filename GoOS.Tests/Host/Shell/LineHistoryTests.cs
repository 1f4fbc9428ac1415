using GoOS.Apps.Shell;
using NUnit.Framework;

namespace GoOS.Tests.Host.Shell;

public class LineHistoryTests
{
    [Test]
    public void AddsLinesOldestFirst()
    {
        var history = new LineHistory(4);
        Assert.That(history.Add("a"), Is.True);
        Assert.That(history.Add("b"), Is.True);
        Assert.That(history.Count, Is.EqualTo(2));
        Assert.That(history[0], Is.EqualTo("a"));
        Assert.That(history[1], Is.EqualTo("b"));
        Assert.That(history[2], Is.Null);
        Assert.That(history[-1], Is.Null);
    }

    [Test]
    public void SkipsBlankLinesAndRepeatsOfTheNewest()
    {
        var history = new LineHistory(4);
        history.Add("a");
        Assert.That(history.Add("a"), Is.False);
        Assert.That(history.Add(""), Is.False);
        Assert.That(history.Add(" \t "), Is.False);
        Assert.That(history.Add(null), Is.False);
        history.Add("b");
        Assert.That(history.Add("a"), Is.True, "only consecutive repeats are dropped");
        Assert.That(history.Count, Is.EqualTo(3));
    }

    [Test]
    public void DropsTheOldestWhenFullAcrossTheRingsEnd()
    {
        var history = new LineHistory(3);
        for (int i = 0; i < 7; i++) history.Add("l" + i);
        Assert.That(history.Count, Is.EqualTo(3));
        Assert.That(history.Capacity, Is.EqualTo(3));
        Assert.That(new[] { history[0], history[1], history[2] }, Is.EqualTo(new[] { "l4", "l5", "l6" }));
        Assert.That(history.Add("l6"), Is.False);
    }

    [Test]
    public void ClearEmptiesIt()
    {
        var history = new LineHistory();
        Assert.That(history.Capacity, Is.EqualTo(LineHistory.DefaultCapacity));
        history.Add("x");
        history.Clear();
        Assert.That(history.Count, Is.EqualTo(0));
        Assert.That(history[0], Is.Null);
        Assert.That(history.Add("x"), Is.True);
    }
}
