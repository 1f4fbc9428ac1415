extern alias goos;

using NUnit.Framework;
using G = goos::System.Collections.Generic;
using GoosMath = goos::System.Math;
using GoosHashCode = goos::System.HashCode;
using GoosIndex = goos::System.Index;
using GoosRange = goos::System.Range;

namespace GoOS.Tests.CoreLib;

/// <summary>Math, tuples, hashing, Index/Range and the default comparers, against .NET.</summary>
public class MiscellaneousTests
{
    private static string Outcome(Func<object> action)
    {
        try { return "=" + action(); }
        catch (Exception e) { return e.GetType().Name; }
    }

    [Test]
    public void IntegerMathAgreesWithDotNet()
    {
        var random = new Random(1);
        var samples = new List<int> { 0, 1, -1, int.MaxValue, int.MinValue, int.MinValue + 1 };
        for (int i = 0; i < 500; i++) samples.Add(random.Next(int.MinValue, int.MaxValue) >> random.Next(31));
        foreach (int a in samples)
        foreach (int b in samples.Take(20))
        {
            Assert.That(Outcome(() => GoosMath.Abs(a)), Is.EqualTo(Outcome(() => Math.Abs(a))));
            Assert.That(Outcome(() => GoosMath.Abs((long)a * 3)), Is.EqualTo(Outcome(() => Math.Abs((long)a * 3))));
            Assert.That(GoosMath.Min(a, b), Is.EqualTo(Math.Min(a, b)));
            Assert.That(GoosMath.Max((long)a, b), Is.EqualTo(Math.Max((long)a, b)));
            Assert.That(GoosMath.Sign(a), Is.EqualTo(Math.Sign(a)));
            Assert.That(GoosMath.Sign((long)a * b), Is.EqualTo(Math.Sign((long)a * b)));
            Assert.That(GoosMath.BigMul(a, b), Is.EqualTo(Math.BigMul(a, b)));
            Assert.That(Outcome(() => GoosMath.Clamp(a, b, 1000)), Is.EqualTo(Outcome(() => Math.Clamp(a, b, 1000))));
            Assert.That(Outcome(() => GoosMath.DivRem(a, b, out int r) + "/" + r), Is.EqualTo(Outcome(() => Math.DivRem(a, b, out int r) + "/" + r)));
            Assert.That(Outcome(() => GoosMath.DivRem((long)a, b).ToString()), Is.EqualTo(Outcome(() => Math.DivRem((long)a, b).ToString())));
        }
        Assert.Throws<OverflowException>(() => GoosMath.Abs(sbyte.MinValue));
    }

    [Test]
    public void FloatingMathAgreesWithDotNet()
    {
        double[] samples = { 0.0, -0.0, 1.5, -1.5, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -double.MaxValue };
        foreach (double a in samples)
        {
            Assert.That(BitConverter.DoubleToInt64Bits(GoosMath.Abs(a)), Is.EqualTo(BitConverter.DoubleToInt64Bits(Math.Abs(a))), $"Abs {a}");
            Assert.That(Outcome(() => GoosMath.Sign(a)), Is.EqualTo(Outcome(() => Math.Sign(a))), $"Sign {a}");
            foreach (double b in samples)
            {
                Assert.That(BitConverter.DoubleToInt64Bits(GoosMath.Min(a, b)), Is.EqualTo(BitConverter.DoubleToInt64Bits(Math.Min(a, b))), $"Min {a} {b}");
                Assert.That(BitConverter.DoubleToInt64Bits(GoosMath.Max(a, b)), Is.EqualTo(BitConverter.DoubleToInt64Bits(Math.Max(a, b))), $"Max {a} {b}");
            }
        }
    }

    [Test]
    public void ValueTuplesPrintCompareAndEqualLikeDotNet()
    {
        var goos = new goos::System.ValueTuple<int, string, char>(1, null, 'c');
        Assert.That(goos.ToString(), Is.EqualTo((1, (string)null, 'c').ToString()));
        Assert.That(new goos::System.ValueTuple<int>(5).ToString(), Is.EqualTo(ValueTuple.Create(5).ToString()));
        Assert.That(default(goos::System.ValueTuple).ToString(), Is.EqualTo(default(ValueTuple).ToString()));
        var seven = new goos::System.ValueTuple<int, int, int, int, int, int, int>(1, 2, 3, 4, 5, 6, 7);
        Assert.That(seven.ToString(), Is.EqualTo((1, 2, 3, 4, 5, 6, 7).ToString()));
        Assert.That(goos.Equals(new goos::System.ValueTuple<int, string, char>(1, null, 'c')), Is.True);
        Assert.That(goos.Equals(new goos::System.ValueTuple<int, string, char>(1, "", 'c')), Is.False);
        var random = new Random(2);
        for (int i = 0; i < 500; i++)
        {
            int a = random.Next(3), b = random.Next(3), c = random.Next(3), d = random.Next(3);
            var left = new goos::System.ValueTuple<int, string>(a, "s" + b);
            var right = new goos::System.ValueTuple<int, string>(c, "s" + d);
            Assert.That(Math.Sign(left.CompareTo(right)), Is.EqualTo(Math.Sign((a, "s" + b).CompareTo((c, "s" + d)))));
            Assert.That(left.Equals(right), Is.EqualTo((a, "s" + b).Equals((c, "s" + d))));
            if (left.Equals(right)) Assert.That(left.GetHashCode(), Is.EqualTo(right.GetHashCode()));
        }
    }

    [Test]
    public void HashCodeIsDeterministicAndOrderSensitive()
    {
        Assert.That(GoosHashCode.Combine(1, "a"), Is.EqualTo(GoosHashCode.Combine(1, "a")));
        Assert.That(GoosHashCode.Combine(1, 2), Is.Not.EqualTo(GoosHashCode.Combine(2, 1)));
        for (int n = 1; n <= 7; n++)
        {
            var hash = new GoosHashCode();
            for (int i = 0; i < n; i++) hash.Add(i * 7);
            int expected = n switch
            {
                1 => GoosHashCode.Combine(0),
                2 => GoosHashCode.Combine(0, 7),
                3 => GoosHashCode.Combine(0, 7, 14),
                4 => GoosHashCode.Combine(0, 7, 14, 21),
                5 => GoosHashCode.Combine(0, 7, 14, 21, 28),
                6 => GoosHashCode.Combine(0, 7, 14, 21, 28, 35),
                _ => GoosHashCode.Combine(0, 7, 14, 21, 28, 35, 42),
            };
            Assert.That(hash.ToHashCode(), Is.EqualTo(expected), $"{n} values");
        }
        var distinct = new HashSet<int>();
        for (int i = 0; i < 10000; i++) distinct.Add(GoosHashCode.Combine(i, i >> 3));
        Assert.That(distinct.Count, Is.GreaterThan(9990));
    }

    [Test]
    public void IndexAndRangeAgreeWithDotNet()
    {
        foreach (int length in new[] { 0, 1, 5 })
        for (int start = 0; start <= 6; start++)
        for (int end = 0; end <= 6; end++)
        foreach (bool startFromEnd in new[] { false, true })
        foreach (bool endFromEnd in new[] { false, true })
        {
            var goos = new GoosRange(new GoosIndex(start, startFromEnd), new GoosIndex(end, endFromEnd));
            var dotnet = new Range(new Index(start, startFromEnd), new Index(end, endFromEnd));
            Assert.That(goos.ToString(), Is.EqualTo(dotnet.ToString()));
            Assert.That(Outcome(() => goos.GetOffsetAndLength(length).ToString()), Is.EqualTo(Outcome(() => dotnet.GetOffsetAndLength(length).ToString())));
        }
    }

    private sealed class Version : IEquatable<Version>, IComparable<Version>
    {
        public int Number;
        public bool Equals(Version other) => other != null && other.Number == Number;
        public override bool Equals(object obj) => false;
        public override int GetHashCode() => Number;
        public int CompareTo(Version other) => Number.CompareTo(other.Number);
    }

    [Test]
    public void DefaultComparersUseTheTypesOwnEqualityAndOrder()
    {
        Assert.That(G.EqualityComparer<string>.Default.Equals("ab", "a" + "b"), Is.True);
        Assert.That(G.EqualityComparer<string>.Default.Equals(null, null), Is.True);
        Assert.That(G.EqualityComparer<string>.Default.GetHashCode(null), Is.Zero);
        Assert.That(G.EqualityComparer<int?>.Default.Equals(null, 1), Is.False);
        Assert.That(G.EqualityComparer<Version>.Default.Equals(new Version { Number = 2 }, new Version { Number = 2 }), Is.True, "IEquatable<T> wins over Equals(object)");
        Assert.That(G.Comparer<Version>.Default.Compare(new Version { Number = 1 }, new Version { Number = 2 }), Is.Negative);
        Assert.That(G.Comparer<string>.Default.Compare(null, "a"), Is.Negative);
        Assert.That(G.Comparer<int>.Default.Compare(3, 2), Is.Positive);
        Assert.That(G.Comparer<int>.Create((a, b) => b - a).Compare(3, 2), Is.Negative);
        var sorted = new G.List<Version> { new Version { Number = 3 }, new Version { Number = 1 }, new Version { Number = 2 } };
        sorted.Sort();
        Assert.That(string.Join(",", sorted.ToArray().Select(v => v.Number)), Is.EqualTo("1,2,3"));
    }
}
