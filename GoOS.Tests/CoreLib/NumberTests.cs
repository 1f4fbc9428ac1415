extern alias goos;

using System.Globalization;
using NUnit.Framework;
using GoosNumber = goos::System.Number;

namespace GoOS.Tests.CoreLib;

/// <summary>Integer and floating-point formatting and integer parsing, compared with .NET's
/// invariant-culture results.</summary>
public class NumberTests
{
    private static readonly string[] IntegerFormats =
    {
        null, "", "D", "d", "D0", "D1", "D5", "D12", "X", "x", "X1", "X4", "X8", "x16", "B", "b12",
        "N", "N0", "n3", "F", "F0", "f3", "E", "E0", "e2", "G", "G0", "G1", "g3", "G10", "G25", "P", "P0", "p1",
    };

    private static IEnumerable<long> SignedSamples(int bits, int seed)
    {
        long max = bits == 64 ? long.MaxValue : (1L << (bits - 1)) - 1;
        long min = -max - 1;
        foreach (long v in new[] { 0L, 1, -1, 9, 10, 99, 100, 999, 1000, 12345, -12345, max, min, max - 1, min + 1 })
            if (v >= min && v <= max) yield return v;
        var random = new Random(seed);
        for (int i = 0; i < 300; i++)
        {
            long v = random.NextInt64(min, max) >> random.Next(bits);
            yield return v;
        }
    }

    private static string Expect(Func<string> format)
    {
        try { return format(); }
        catch (FormatException) { return "FormatException"; }
    }

    [Test]
    public void SignedIntegersFormatLikeDotNet()
    {
        foreach (string format in IntegerFormats)
        {
            foreach (long v in SignedSamples(8, 1)) Check((sbyte)v, 1, format, ((sbyte)v).ToString(format, CultureInfo.InvariantCulture));
            foreach (long v in SignedSamples(16, 2)) Check(v, 2, format, ((short)v).ToString(format, CultureInfo.InvariantCulture));
            foreach (long v in SignedSamples(32, 3)) Check(v, 4, format, ((int)v).ToString(format, CultureInfo.InvariantCulture));
            foreach (long v in SignedSamples(64, 4)) Check(v, 8, format, v.ToString(format, CultureInfo.InvariantCulture));
        }

        static void Check(long value, int size, string format, string expected) =>
            Assert.That(GoosNumber.FormatInt64(value, size, format), Is.EqualTo(expected), $"{value} as {size} bytes, format '{format}'");
    }

    [Test]
    public void UnsignedIntegersFormatLikeDotNet()
    {
        var random = new Random(5);
        var samples = new List<ulong> { 0, 1, 9, 10, 255, 256, 65535, uint.MaxValue, ulong.MaxValue, ulong.MaxValue - 1 };
        for (int i = 0; i < 300; i++) samples.Add((ulong)random.NextInt64() >> random.Next(64));
        foreach (string format in IntegerFormats)
        foreach (ulong v in samples)
        {
            Assert.That(GoosNumber.FormatUInt64(v, format), Is.EqualTo(v.ToString(format, CultureInfo.InvariantCulture)), $"{v} '{format}'");
            Assert.That(GoosNumber.FormatUInt64((uint)v, format), Is.EqualTo(((uint)v).ToString(format, CultureInfo.InvariantCulture)), $"{(uint)v} '{format}'");
        }
    }

    [TestCase("Q")]
    [TestCase("X2A")]
    [TestCase("0.00")]
    [TestCase("#,##0")]
    [TestCase("D1000000000")]
    public void UnsupportedFormatsThrowFormatException(string format)
    {
        Assert.Throws<FormatException>(() => GoosNumber.FormatInt64(5, 4, format));
    }

    private static readonly string[] ParseAlphabet = { "0", "1", "7", "9", "-", "+", " ", "\t", "\0", "a", "F", "x", ",", "." };

    private static IEnumerable<string> ParseSamples(int seed)
    {
        foreach (string s in new[] { "", " ", "0", "-0", "+0", "00000000000000000000000001", "127", "128", "-128", "-129", "255", "256",
                     "32767", "-32768", "65535", "65536", "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
                     "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615",
                     "18446744073709551616", "99999999999999999999999a", " 12 ", "12\0\0", "12\0 ", "+-1", "- 1", "0x10", "1 2", "\t\n42\r",
                     "FF", "ff", "7F", "80", "FFFF", "FFFFFFFF", "100000000", "0FFFFFFFF", "FFFFFFFFFFFFFFFF", "-1", "1,000", "1.0" })
            yield return s;
        var random = new Random(seed);
        for (int i = 0; i < 2000; i++)
        {
            int length = random.Next(1, 12);
            var text = new System.Text.StringBuilder();
            for (int j = 0; j < length; j++) text.Append(ParseAlphabet[random.Next(ParseAlphabet.Length)]);
            yield return text.ToString();
        }
        for (int i = 0; i < 500; i++)
        {
            string number = random.NextInt64(long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture);
            yield return number.Substring(0, random.Next(1, number.Length + 1));
        }
    }

    private static string Outcome(Func<object> parse)
    {
        try { return "=" + parse(); }
        catch (Exception e) { return e.GetType().Name; }
    }

    private static string Goos(string s, NumberStyles style, int bits, bool signed)
    {
        return Outcome(() =>
        {
            ulong raw = GoosNumber.ParseInteger(s, style, bits, signed, "X");
            return signed ? (object)(bits switch { 8 => (sbyte)raw, 16 => (short)raw, 32 => (int)raw, _ => (long)raw })
                          : (bits switch { 8 => (byte)raw, 16 => (ushort)raw, 32 => (uint)raw, _ => (object)raw });
        });
    }

    [Test]
    public void IntegerParsingAgreesWithDotNet([Values(NumberStyles.Integer, NumberStyles.HexNumber, NumberStyles.None, NumberStyles.AllowLeadingSign)] NumberStyles style)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (string s in ParseSamples(11))
        {
            Assert.That(Goos(s, style, 8, true), Is.EqualTo(Outcome(() => sbyte.Parse(s, style, c))), $"sbyte '{s}'");
            Assert.That(Goos(s, style, 8, false), Is.EqualTo(Outcome(() => byte.Parse(s, style, c))), $"byte '{s}'");
            Assert.That(Goos(s, style, 16, true), Is.EqualTo(Outcome(() => short.Parse(s, style, c))), $"short '{s}'");
            Assert.That(Goos(s, style, 16, false), Is.EqualTo(Outcome(() => ushort.Parse(s, style, c))), $"ushort '{s}'");
            Assert.That(Goos(s, style, 32, true), Is.EqualTo(Outcome(() => int.Parse(s, style, c))), $"int '{s}'");
            Assert.That(Goos(s, style, 32, false), Is.EqualTo(Outcome(() => uint.Parse(s, style, c))), $"uint '{s}'");
            Assert.That(Goos(s, style, 64, true), Is.EqualTo(Outcome(() => long.Parse(s, style, c))), $"long '{s}'");
            Assert.That(Goos(s, style, 64, false), Is.EqualTo(Outcome(() => ulong.Parse(s, style, c))), $"ulong '{s}'");
        }
    }

    [Test]
    public void NullIsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => GoosNumber.ParseInteger((string)null, NumberStyles.Integer, 32, true, "Int32"));
    }

    [TestCase("True", true, true)]
    [TestCase("false", true, false)]
    [TestCase("  TRUE \0\0", true, true)]
    [TestCase("\0 fAlSe\t", true, false)]
    [TestCase("yes", false, false)]
    [TestCase("", false, false)]
    [TestCase("Tru e", false, false)]
    public void BooleanParsingAgreesWithDotNet(string text, bool ok, bool value)
    {
        Assert.That(bool.TryParse(text, out bool expected), Is.EqualTo(ok));
        Assert.That(GoosNumber.TryParseBoolean(text, out bool actual), Is.EqualTo(ok));
        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(expected, Is.EqualTo(value));
    }

    private static IEnumerable<double> CommonDoubles()
    {
        foreach (double d in new[] { 0.0, -0.0, 1, -1, 0.1, 0.5, 2.5, 3.14, -3.14, 100, 1e-4, 1.5e-4, 1e-5, 1e14, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23,
                     123.456, 9007199254740992.0, 1.25e-7, double.NaN, double.PositiveInfinity, double.NegativeInfinity })
            yield return d;
        var random = new Random(21);
        for (int i = 0; i < 2000; i++)
        {
            long mantissa = random.NextInt64(1, 1_000_000_000_000);
            int exponent = random.Next(-30, 30);
            double value = exponent >= 0 ? mantissa * Math.Pow(10, exponent) : mantissa / Math.Pow(10, -exponent);
            if (random.Next(2) == 0) value = -value;
            if (value.ToString("R", CultureInfo.InvariantCulture).TrimStart('-').Replace(".", "").Split('E')[0].TrimStart('0').Length <= 15) yield return value;
        }
    }

    [Test]
    public void DoublesWithUpTo15SignificantDigitsFormatLikeDotNet()
    {
        foreach (double d in CommonDoubles())
        {
            Assert.That(GoosNumber.FormatDouble(d, null, false), Is.EqualTo(d.ToString(CultureInfo.InvariantCulture)), $"{d:R}");
            Assert.That(GoosNumber.FormatDouble(d, "R", false), Is.EqualTo(d.ToString("R", CultureInfo.InvariantCulture)), $"{d:R} R");
            Assert.That(GoosNumber.FormatDouble(d, "G5", false), Is.EqualTo(d.ToString("G5", CultureInfo.InvariantCulture)), $"{d:R} G5");
            Assert.That(GoosNumber.FormatDouble(d, "E3", false), Is.EqualTo(d.ToString("E3", CultureInfo.InvariantCulture)), $"{d:R} E3");
        }
    }

    [Test]
    public void FixedFormatsOfShortDecimalsMatchDotNet()
    {
        var random = new Random(8);
        for (int i = 0; i < 2000; i++)
        {
            long thousandths = random.NextInt64(-100_000_000, 100_000_000);
            // Decimal ties (x.xx5) are rounded from the shortest digits here and from the exact
            // binary value by .NET; see Number.FormatDouble.
            long magnitude = Math.Abs(thousandths);
            if (magnitude % 10 == 5 || magnitude % 100 == 50 || magnitude % 1000 == 500) continue;
            double d = thousandths / 1000.0;
            foreach (string format in new[] { "F", "F0", "F3", "F5", "N", "N1", "N3" })
                Assert.That(GoosNumber.FormatDouble(d, format, false), Is.EqualTo(d.ToString(format, CultureInfo.InvariantCulture)), $"{d:R} {format}");
        }
    }

    [Test]
    public void FloatsPrintTheirShortestRoundTripDigits()
    {
        var random = new Random(9);
        var samples = new List<float> { 0.1f, 1.1f, 3.14159f, 1e7f, 1e8f, 1e9f, 16777216f, 1e-4f, 1e-5f, float.MaxValue, float.MinValue, float.Epsilon, -0.0f };
        for (int i = 0; i < 5000; i++) samples.Add(BitConverter.Int32BitsToSingle(random.Next()) is var f && float.IsFinite(f) ? f : 1f);
        foreach (float f in samples)
            Assert.That(GoosNumber.FormatDouble(f, null, true), Is.EqualTo(f.ToString(CultureInfo.InvariantCulture)), $"{f:R}");
    }
}
