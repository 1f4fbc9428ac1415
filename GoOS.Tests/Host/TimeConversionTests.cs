using System.Numerics;
using GoOS.Kernel.Time;
using NUnit.Framework;

namespace GoOS.Tests.Host;

/// <summary>The kernel clock's conversions against exact 128-bit arithmetic, for every rate and
/// count whose exact result fits 64 bits.</summary>
public class TimeConversionTests
{
    private static readonly ulong[] Rates = { 1_193_182, 62_500_000, 1_000_000_000, 2_095_538_713, 3_999_999_999, 17_000_000_000 };
    private static readonly ulong[] Counts = { 0, 1, 999, 1_000_000_007, 123_456_789_012_345, 18_000_000_000_000_000, ulong.MaxValue / 3, ulong.MaxValue };

    private static IEnumerable<TestCaseData> Cases(bool toNanoseconds)
    {
        foreach (ulong hz in Rates)
            foreach (ulong count in Counts)
            {
                BigInteger exact = toNanoseconds ? (BigInteger)count * 1_000_000_000 / hz : (BigInteger)count * hz / 1_000_000_000;
                if (exact <= ulong.MaxValue) yield return new TestCaseData(count, hz, (ulong)exact);
            }
    }

    private static IEnumerable<TestCaseData> NanosecondCases() => Cases(toNanoseconds: true);
    private static IEnumerable<TestCaseData> TickCases() => Cases(toNanoseconds: false);

    [TestCaseSource(nameof(NanosecondCases))]
    public void ToNanosecondsIsExactRoundedDown(ulong ticks, ulong hz, ulong expected) =>
        Assert.That(TimeConversion.ToNanoseconds(ticks, hz), Is.EqualTo(expected));

    [TestCaseSource(nameof(TickCases))]
    public void ToTicksIsExactRoundedDown(ulong nanoseconds, ulong hz, ulong expected) =>
        Assert.That(TimeConversion.ToTicks(nanoseconds, hz), Is.EqualTo(expected));

    [Test]
    public void RateFromWindowScalesToOneSecond()
    {
        // A window of 11,931 PIT ticks (9.9993 ms) in which a counter advanced 20,000,000.
        Assert.That(TimeConversion.RateFromWindow(20_000_000, 11_931, 1_193_182), Is.EqualTo(2_000_137_457));
        Assert.That(TimeConversion.RateFromWindow(0, 11_931, 1_193_182), Is.Zero);
    }
}
