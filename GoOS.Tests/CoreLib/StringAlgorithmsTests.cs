extern alias goos;

using System.Text;
using NUnit.Framework;
using Algorithms = goos::System.StringAlgorithms;

namespace GoOS.Tests.CoreLib;

/// <summary>String searching, comparing, splitting, editing and joining, against .NET's
/// ordinal results on random strings (fixed seeds). Each case compares either the result or
/// the exception type.</summary>
public class StringAlgorithmsTests
{
    private const string Alphabet = "ab, ;\tA";

    private static string RandomText(Random random, int maxLength)
    {
        int length = random.Next(maxLength + 1);
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) text.Append(Alphabet[random.Next(Alphabet.Length)]);
        return text.ToString();
    }

    private static string Outcome<T>(Func<T> action)
    {
        try
        {
            T value = action();
            return value is string[] parts ? "[" + string.Join("|", parts.Select(p => "<" + p + ">")) + "]" : "=" + value;
        }
        catch (Exception e) { return e.GetType().Name; }
    }

    private static void Same<T>(Func<T> goos, Func<T> dotnet, string what) =>
        Assert.That(Outcome(goos), Is.EqualTo(Outcome(dotnet)), what);

    [Test]
    public void SearchesAgreeWithDotNet()
    {
        var random = new Random(1);
        var ordinal = StringComparison.Ordinal;
        var ignoreCase = StringComparison.OrdinalIgnoreCase;
        for (int i = 0; i < 4000; i++)
        {
            string text = RandomText(random, 10);
            string value = RandomText(random, 3);
            char c = Alphabet[random.Next(Alphabet.Length)];
            int start = random.Next(-1, text.Length + 2);
            int count = random.Next(-1, text.Length + 2);
            char[] any = value.ToCharArray();
            string at = $"'{text}' '{value}' {start} {count}";
            Same(() => Algorithms.IndexOf(text, c, start, count), () => text.IndexOf(c, start, count), "IndexOf(char) " + at);
            Same(() => Algorithms.IndexOf(text, value, start, count, ordinal), () => text.IndexOf(value, start, count, ordinal), "IndexOf(string) " + at);
            Same(() => Algorithms.IndexOf(text, value, start, count, ignoreCase), () => text.IndexOf(value, start, count, ignoreCase), "IndexOf(string, ignore case) " + at);
            Same(() => Algorithms.LastIndexOf(text, c, start, count), () => text.LastIndexOf(c, start, count), "LastIndexOf(char) " + at);
            Same(() => Algorithms.LastIndexOf(text, value, start, count, ordinal), () => text.LastIndexOf(value, start, count, ordinal), "LastIndexOf(string) " + at);
            Same(() => Algorithms.IndexOfAny(text, any, start, count), () => text.IndexOfAny(any, start, count), "IndexOfAny " + at);
            Same(() => Algorithms.LastIndexOfAny(text, any, start, count), () => text.LastIndexOfAny(any, start, count), "LastIndexOfAny " + at);
            Same(() => Algorithms.StartsWith(text, value, ordinal), () => text.StartsWith(value, ordinal), "StartsWith " + at);
            Same(() => Algorithms.EndsWith(text, value, ignoreCase), () => text.EndsWith(value, ignoreCase), "EndsWith " + at);
            if (start >= 0 && start <= text.Length)
                Same(() => Algorithms.LastIndexOf(text, value, start, start + 1 > text.Length ? text.Length : start + 1, ordinal),
                     () => text.LastIndexOf(value, start, start + 1 > text.Length ? text.Length : start + 1, ordinal), "LastIndexOf(string, start) " + at);
        }
        Same(() => Algorithms.LastIndexOf("", "", 0, 0, ordinal), () => "".LastIndexOf("", 0, 0, ordinal), "empty in empty");
        Same(() => Algorithms.LastIndexOf("abc", "", 2, 3, ordinal), () => "abc".LastIndexOf("", 2, 3, ordinal), "empty in abc");
        Same(() => Algorithms.IndexOf("abc", null, 0, 3, ordinal), () => "abc".IndexOf(null, 0, 3, ordinal), "null value");
        Same(() => Algorithms.IndexOf("abc", "a", 0, 3, (StringComparison)9), () => "abc".IndexOf("a", 0, 3, (StringComparison)9), "bad comparison");
    }

    [Test]
    public void ComparisonsAgreeWithDotNet()
    {
        var random = new Random(2);
        for (int i = 0; i < 3000; i++)
        {
            string a = random.Next(10) == 0 ? null : RandomText(random, 5);
            string b = random.Next(10) == 0 ? null : RandomText(random, 5);
            Assert.That(Algorithms.Compare(a, b, StringComparison.Ordinal), Is.EqualTo(string.CompareOrdinal(a, b)), $"'{a}' '{b}'");
            Assert.That(Math.Sign(Algorithms.Compare(a, b, StringComparison.OrdinalIgnoreCase)), Is.EqualTo(Math.Sign(string.Compare(a, b, StringComparison.OrdinalIgnoreCase))), $"'{a}' '{b}' ignore case");
            int ia = random.Next(-1, 7), ib = random.Next(-1, 7), length = random.Next(-1, 7);
            Same(() => Algorithms.CompareOrdinal(a, ia, b, ib, length), () => string.CompareOrdinal(a, ia, b, ib, length), $"'{a}'@{ia} '{b}'@{ib} {length}");
        }
    }

    private static readonly StringSplitOptions[] AllOptions =
    {
        StringSplitOptions.None, StringSplitOptions.RemoveEmptyEntries, StringSplitOptions.TrimEntries,
        StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries,
    };

    [Test]
    public void SplitAgreesWithDotNetForEveryOption()
    {
        var random = new Random(3);
        string[][] separatorSets = { null, new string[0], new[] { "," }, new[] { ", ", "," }, new[] { ",", ", " }, new[] { "", null, ";" }, new[] { "ab", "b" } };
        char[][] charSets = { null, new char[0], new[] { ',' }, new[] { ',', ';' }, new[] { ' ' } };
        for (int i = 0; i < 1500; i++)
        {
            string text = RandomText(random, 12);
            int count = random.Next(6) == 0 ? int.MaxValue : random.Next(-1, 5);
            foreach (StringSplitOptions options in AllOptions)
            {
                string at = $"'{text}' count {count} {options}";
                foreach (char[] chars in charSets)
                    Same(() => Algorithms.Split(text, chars, count, options), () => text.Split(chars, count, options), "chars " + at);
                foreach (string[] strings in separatorSets)
                    Same(() => Algorithms.Split(text, strings, true, count, options), () => text.Split(strings, count, options), "strings " + at);
                foreach (string single in new[] { null, "", ",", ", ", "a" })
                    Same(() => Algorithms.Split(text, new[] { single }, false, count, options), () => text.Split(single, count, options), $"string '{single}' " + at);
            }
        }
        Same(() => Algorithms.Split("a,b", new[] { ',' }, 2, (StringSplitOptions)4), () => "a,b".Split(',', 2, (StringSplitOptions)4), "bad options");
    }

    [Test]
    public void EditsAgreeWithDotNet()
    {
        var random = new Random(4);
        for (int i = 0; i < 3000; i++)
        {
            string text = RandomText(random, 10);
            string value = random.Next(8) == 0 ? null : RandomText(random, 3);
            string replacement = random.Next(4) == 0 ? null : RandomText(random, 3);
            char[] trimChars = random.Next(3) == 0 ? null : RandomText(random, 2).ToCharArray();
            int index = random.Next(-1, text.Length + 2), count = random.Next(-1, text.Length + 2), width = random.Next(-1, 14);
            string at = $"'{text}' '{value}' '{replacement}' {index} {count}";
            Same(() => Algorithms.Replace(text, 'a', 'b'), () => text.Replace('a', 'b'), "Replace(char) " + at);
            Same(() => Algorithms.Replace(text, value, replacement, StringComparison.Ordinal), () => text.Replace(value, replacement, StringComparison.Ordinal), "Replace " + at);
            Same(() => Algorithms.Replace(text, value, replacement, StringComparison.OrdinalIgnoreCase), () => text.Replace(value, replacement, StringComparison.OrdinalIgnoreCase), "Replace ignore case " + at);
            Same(() => Algorithms.Trim(text, trimChars, Algorithms.TrimSides.Both), () => text.Trim(trimChars), "Trim " + at);
            Same(() => Algorithms.Trim(text, trimChars, Algorithms.TrimSides.Start), () => text.TrimStart(trimChars), "TrimStart " + at);
            Same(() => Algorithms.Trim(text, trimChars, Algorithms.TrimSides.End), () => text.TrimEnd(trimChars), "TrimEnd " + at);
            Same(() => Algorithms.Pad(text, width, '.', true), () => text.PadLeft(width, '.'), "PadLeft " + at);
            Same(() => Algorithms.Pad(text, width, '.', false), () => text.PadRight(width, '.'), "PadRight " + at);
            Same(() => Algorithms.Insert(text, index, value), () => text.Insert(index, value), "Insert " + at);
            Same(() => Algorithms.Remove(text, index, count), () => text.Remove(index, count), "Remove " + at);
            Same(() => Algorithms.Remove(text, index), () => text.Remove(index), "Remove(start) " + at);
            Same(() => Algorithms.IsNullOrWhiteSpace(value), () => string.IsNullOrWhiteSpace(value), "IsNullOrWhiteSpace " + at);
        }
        string latin1 = new string(Enumerable.Range(0, 256).Select(i => (char)i).ToArray());
        Assert.That(Algorithms.ChangeCase(latin1, true), Is.EqualTo(latin1.ToUpperInvariant()));
        Assert.That(Algorithms.ChangeCase(latin1, false), Is.EqualTo(latin1.ToLowerInvariant()));
    }

    [Test]
    public void JoinAgreesWithDotNet()
    {
        var random = new Random(5);
        for (int i = 0; i < 2000; i++)
        {
            string separator = random.Next(5) == 0 ? null : RandomText(random, 2);
            string[] values = random.Next(10) == 0 ? null : Enumerable.Range(0, random.Next(5)).Select(_ => random.Next(4) == 0 ? null : RandomText(random, 3)).ToArray();
            int start = random.Next(-1, 5), count = random.Next(-1, 5);
            string at = $"'{separator}' [{(values == null ? "null" : string.Join("|", values))}] {start} {count}";
            Same(() => Algorithms.Join(separator, values, 0, values?.Length ?? 0), () => string.Join(separator, values), "Join " + at);
            Same(() => Algorithms.Join(separator, values, start, count), () => string.Join(separator, values, start, count), "Join range " + at);
            Same(() => Algorithms.Join<string>(separator, values?.ToList()), () => string.Join(separator, (IEnumerable<string>)values?.ToList()), "Join enumerable " + at);
            object[] objects = values?.Select(v => v == null ? null : (object)(v.Length % 2 == 0 ? v : v.Length)).ToArray();
            Same(() => Algorithms.Join(separator, objects), () => string.Join(separator, objects), "Join objects " + at);
        }
        Assert.That(Algorithms.Concat(new List<int> { 1, 2, 3 }), Is.EqualTo(string.Concat(new List<int> { 1, 2, 3 })));
    }
}
