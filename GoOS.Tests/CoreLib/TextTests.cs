extern alias goos;

using System.Globalization;
using System.Runtime.CompilerServices;
using NUnit.Framework;
using Algorithms = goos::System.StringAlgorithms;
using GoosBuilder = goos::System.Text.StringBuilder;
using GoosHandler = goos::System.Runtime.CompilerServices.DefaultInterpolatedStringHandler;

namespace GoOS.Tests.CoreLib;

/// <summary>Composite formatting, StringBuilder and the interpolated string handler, against .NET.</summary>
public class TextTests
{
    private static string Outcome(Func<string> action)
    {
        try { return "=" + action(); }
        catch (Exception e) { return e.GetType().Name; }
    }

    [TestCase("{0}")]
    [TestCase("{0,5}|{0,-5}|{0:X4}|{1}")]
    [TestCase("{{literal}} {0} }}{{")]
    [TestCase("{1,8:D3} {0,-6:x} [{2}] {3,3}")]
    [TestCase("{0, 4} {1 ,-3} {2 :N0}")]
    [TestCase("{2:F3} {2:E2} {2}")]
    [TestCase("{3}{3}{3,2}")]
    [TestCase("{4}")]
    [TestCase("{0")]
    [TestCase("{0}}")]
    [TestCase("}")]
    [TestCase("{ 0}")]
    [TestCase("{-1}")]
    [TestCase("{0:x{")]
    [TestCase("{a}")]
    [TestCase("{0,}")]
    [TestCase("{0:}")]
    [TestCase("{1000000}")]
    [TestCase("")]
    public void CompositeFormatAgreesWithDotNet(string format)
    {
        object[] args = { 42, -7L, 2.5, null };
        Assert.That(Outcome(() => Algorithms.Format(null, format, args)), Is.EqualTo(Outcome(() => string.Format(CultureInfo.InvariantCulture, format, args))));
    }

    [Test]
    public void FormatOfNullFormatThrows()
    {
        Assert.Throws<ArgumentNullException>(() => Algorithms.Format(null, null, new object[0]));
    }

    [Test]
    public void StringBuilderAgreesWithDotNetOnRandomOperations()
    {
        var random = new Random(7);
        for (int round = 0; round < 200; round++)
        {
            var goos = new GoosBuilder();
            var dotnet = new System.Text.StringBuilder();
            for (int step = 0; step < 60; step++)
            {
                int op = random.Next(16);
                int index = random.Next(-1, dotnet.Length + 2), count = random.Next(-1, 5);
                string text = random.Next(6) == 0 ? null : new string('a', random.Next(4)) + (char)('b' + random.Next(3));
                string at = $"round {round} step {step} op {op} '{dotnet}' {index} {count} '{text}'";
                Assert.That(Outcome(() => Apply(goos, op, index, count, text)), Is.EqualTo(Outcome(() => Apply(dotnet, op, index, count, text))), at);
                Assert.That(goos.ToString(), Is.EqualTo(dotnet.ToString()), at);
                Assert.That(goos.Length, Is.EqualTo(dotnet.Length), at);
            }
        }
    }

    private static string Apply(dynamic builder, int op, int index, int count, string text)
    {
        switch (op)
        {
            case 0: builder.Append(text); break;
            case 1: builder.Append('x'); break;
            case 2: builder.Append(index * 1000 - 7); break;
            case 3: builder.Append((long)index << 40); break;
            case 4: builder.Append(index % 2 == 0); break;
            case 5: builder.Append((object)(uint)count); break;
            case 6: builder.AppendLine(text); break;
            case 7: builder.Insert(index, text); break;
            case 8: builder.Remove(index, count); break;
            case 9: builder.Replace("ab", text); break;
            case 10: builder.Replace('a', 'z'); break;
            case 11: builder.Length = count < 0 ? builder.Length : builder.Length / 2 + count; break;
            case 12: return builder[index].ToString();
            case 13: builder.Append('-', count); break;
            case 14: return builder.ToString(index, count);
            case 15: builder.AppendFormat("<{0,3}|{1:X2}>", text, count & 0xFF); break;
        }
        return builder.ToString();
    }

    [Test]
    public void StringBuilderCapacityAndClear()
    {
        var builder = new GoosBuilder(4);
        Assert.That(builder.Capacity, Is.EqualTo(4));
        builder.Append("hello world");
        Assert.That(builder.Capacity, Is.GreaterThanOrEqualTo(11));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Capacity = 3);
        Assert.That(builder.Clear().Length, Is.Zero);
        Assert.That(builder.Append('a', 3).Insert(1, 'b').ToString(), Is.EqualTo("abaa"));
    }

    [Test]
    public void InterpolationHandlerAgreesWithDotNet()
    {
        var random = new Random(12);
        for (int i = 0; i < 500; i++)
        {
            int number = random.Next(int.MinValue, int.MaxValue);
            int alignment = random.Next(-8, 9);
            string format = new[] { null, "X4", "x", "D6", "N0", "" }[random.Next(6)];
            var goos = new GoosHandler(10, 5);
            var dotnet = new DefaultInterpolatedStringHandler(10, 5, CultureInfo.InvariantCulture);
            goos.AppendLiteral("n=");
            dotnet.AppendLiteral("n=");
            goos.AppendFormatted(number, alignment, format);
            dotnet.AppendFormatted(number, alignment, format);
            goos.AppendFormatted('c');
            dotnet.AppendFormatted('c');
            goos.AppendFormatted(i % 2 == 0, alignment);
            dotnet.AppendFormatted(i % 2 == 0, alignment);
            goos.AppendFormatted("str", alignment);
            dotnet.AppendFormatted("str", alignment);
            goos.AppendFormatted((object)null, alignment);
            dotnet.AppendFormatted((object)null, alignment);
            goos.AppendFormatted((long)number * 3, format);
            dotnet.AppendFormatted((long)number * 3, format);
            Assert.That(goos.ToStringAndClear(), Is.EqualTo(dotnet.ToStringAndClear()), $"{number} {alignment} {format}");
        }
    }
}
