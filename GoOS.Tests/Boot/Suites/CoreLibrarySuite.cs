using System;
using System.Collections.Generic;
using System.Text;

namespace GoOS.BootSuites
{
    /// <summary>The core library in the real kernel: strings, number formatting and parsing,
    /// collections, StringBuilder, Math, tuples and hashing. Expected values are what .NET gives.</summary>
    internal static class CoreLibrarySuite
    {
        private readonly struct Money : IEquatable<Money>
        {
            public readonly int Cents;
            public Money(int cents) { Cents = cents; }
            public bool Equals(Money other) => Cents == other.Cents;
            public override bool Equals(object obj) => obj is Money other && Equals(other);
            public override int GetHashCode() => Cents;
        }

        private struct Labelled
        {
            public string Label;
            public int Count;
            public byte Flag;
        }

        public static int Run()
        {
            var suite = new BootTestSuite("corelib", 15);

            suite.Test("struct-default-equality", () =>
            {
                var a = new Labelled { Label = "disk", Count = 3, Flag = 1 };
                var b = new Labelled { Label = new string(new[] { 'd', 'i', 's', 'k' }), Count = 3, Flag = 1 };
                Check.True(a.Equals(b) && a.GetHashCode() == b.GetHashCode(), "equal fields, distinct string objects");
                b.Count = 4;
                Check.True(!a.Equals(b), "a differing int field");
                var counts = new Dictionary<Labelled, int> { [a] = 1 };
                Check.True(counts.ContainsKey(new Labelled { Label = "disk", Count = 3, Flag = 1 }), "as a dictionary key");
            });

            suite.Test("string-concat-and-interpolation", () =>
            {
                string name = "GoOS";
                int version = 1;
                Check.Equal("GoOS v1", name + " v" + version, "concatenation");
                Check.Equal("GoOS 0x00FF | 42| true c", $"{name} 0x{255:X4} |{42,3}| {true.ToString().ToLowerInvariant()} {'c'}", "interpolation with format and alignment");
                Check.Equal("a,b,c", string.Join(",", new[] { "a", "b", "c" }), "Join");
                Check.Equal("x=1, y=-2", string.Format("x={0}, y={1}", 1, -2), "Format");
            });

            suite.Test("integer-and-char-ToString", () =>
            {
                Check.Equal("-2147483648", int.MinValue.ToString(), "int.MinValue");
                Check.Equal("18446744073709551615", ulong.MaxValue.ToString(), "ulong.MaxValue");
                Check.Equal("-128", sbyte.MinValue.ToString(), "sbyte");
                Check.Equal("65535", ushort.MaxValue.ToString(), "ushort");
                Check.Equal("7fffffff", int.MaxValue.ToString("x"), "hex");
                Check.Equal("00042", 42.ToString("D5"), "D5");
                Check.Equal("Z", 'Z'.ToString(), "char");
                Check.Equal("-9223372036854775808", long.MinValue.ToString(), "long.MinValue");
            });

            suite.Test("parsing", () =>
            {
                Check.Equal(-1234, int.Parse("-1234"), "int.Parse");
                Check.True(!int.TryParse("12x", out _), "TryParse rejects junk");
                Check.True(!int.TryParse("2147483648", out _), "TryParse rejects overflow");
                Check.Throws<FormatException>(() => int.Parse("abc"), "Parse throws FormatException");
                Check.Throws<OverflowException>(() => byte.Parse("256"), "Parse throws OverflowException");
            });

            suite.Test("string-equality-and-hashing", () =>
            {
                string a = "hello", b = new string(new[] { 'h', 'e', 'l', 'l', 'o' });
                Check.True(a == b && a.Equals(b) && !ReferenceEquals(a, b), "value equality of distinct objects");
                Check.Equal(a.GetHashCode(), b.GetHashCode(), "equal strings hash equally");
                Check.True("a" != "b" && string.CompareOrdinal("a", "b") < 0, "ordering");
            });

            suite.Test("substring-indexof-split", () =>
            {
                string text = "alpha,beta,,gamma";
                Check.Equal("beta", text.Substring(6, 4), "Substring");
                Check.Equal(6, text.IndexOf("beta"), "IndexOf(string)");
                Check.Equal(10, text.IndexOf(',', 7), "IndexOf(char, start)");
                Check.Equal(11, text.IndexOf(',', 11), "IndexOf(char, start) at start");
                Check.Equal(-1, text.IndexOf("delta"), "IndexOf missing");
                string[] parts = text.Split(',');
                Check.Equal(4, parts.Length, "Split keeps empty entries");
                Check.Equal("", parts[2], "empty entry");
                string[] nonEmpty = text.Split(',', StringSplitOptions.RemoveEmptyEntries);
                Check.Equal(3, nonEmpty.Length, "RemoveEmptyEntries");
                Check.Equal("gamma", nonEmpty[2], "last part");
                Check.Throws<ArgumentOutOfRangeException>(() => text.Substring(20), "Substring past the end");
            });

            suite.Test("string-editing", () =>
            {
                Check.Equal("a-b-c", "a b c".Replace(' ', '-'), "Replace(char)");
                Check.Equal("I like tea", "I like coffee".Replace("coffee", "tea"), "Replace(string)");
                Check.Equal("padded", "  padded \t".Trim(), "Trim");
                Check.Equal("HELLO", "hello".ToUpperInvariant(), "ToUpperInvariant");
                Check.Equal("007", "7".PadLeft(3, '0'), "PadLeft");
                Check.True("kernel.elf".EndsWith(".elf") && "kernel.elf".StartsWith("kern") && "kernel".Contains("rne"), "StartsWith/EndsWith/Contains");
            });

            suite.Test("string-builder", () =>
            {
                var builder = new StringBuilder();
                for (int i = 0; i < 100; i++) builder.Append(i % 10);
                builder.Append('!').AppendLine().Append(true).Insert(0, "[").Append(']');
                string text = builder.ToString();
                Check.Equal(100 + 1 + 1 + 4 + 2, text.Length, "length after appends");
                Check.True(text.StartsWith("[0123456789") && text.EndsWith("!\nTrue]"), "content: " + text);
                builder.Clear();
                Check.Equal(0, builder.Length, "Clear");
            });

            suite.Test("list", () =>
            {
                var list = new List<int> { 5, 3, 9 };
                list.Add(1);
                list.Insert(0, 7);
                list.Remove(9);
                list.Sort();
                Check.Equal("1,3,5,7", string.Join(",", list), "sorted contents");
                Check.Equal(2, list.IndexOf(5), "IndexOf");
                int sum = 0;
                foreach (int value in list) sum += value;
                Check.Equal(16, sum, "foreach");
                Check.Throws<ArgumentOutOfRangeException>(() => list[10] = 0, "indexer bounds");
                Check.Throws<InvalidOperationException>(() => { foreach (int value in list) list.Add(value); }, "modified during enumeration");
                var words = new List<string> { "pear", "fig", "banana" };
                words.Sort((a, b) => a.Length - b.Length);
                Check.Equal("fig,pear,banana", string.Join(",", words), "Sort(Comparison)");
            });

            suite.Test("dictionary", () =>
            {
                var ages = new Dictionary<string, int>();
                ages["ada"] = 36;
                ages.Add("alan", 41);
                ages["grace"] = 85;
                ages["ada"] = 37;
                Check.Equal(3, ages.Count, "Count");
                Check.Equal(37, ages["ada"], "overwrite");
                Check.True(ages.TryGetValue("alan", out int alan) && alan == 41, "TryGetValue");
                Check.True(!ages.ContainsKey("linus"), "ContainsKey");
                Check.Throws<KeyNotFoundException>(() => Check.Equal(0, ages["linus"], "never"), "missing key");
                Check.Throws<ArgumentException>(() => ages.Add("ada", 1), "duplicate Add");
                string order = "";
                foreach (KeyValuePair<string, int> pair in ages) order += pair.Key + ";";
                Check.Equal("ada;alan;grace;", order, "insertion order");
                Check.True(ages.Remove("alan") && ages.Count == 2, "Remove");
                var byValue = new Dictionary<Money, string> { [new Money(100)] = "one" };
                Check.Equal("one", byValue[new Money(100)], "IEquatable struct key");
                var many = new Dictionary<int, int>();
                for (int i = 0; i < 5000; i++) many[i * 7] = i;
                Check.Equal(4999, many[4999 * 7], "5000 entries");
            });

            suite.Test("hashset-queue-stack", () =>
            {
                var set = new HashSet<string> { "a", "b" };
                Check.True(!set.Add("a") && set.Add("c") && set.Count == 3, "HashSet");
                var queue = new Queue<int>();
                queue.Enqueue(1); queue.Enqueue(2);
                Check.Equal(1, queue.Dequeue(), "FIFO");
                var stack = new Stack<int>();
                stack.Push(1); stack.Push(2);
                Check.Equal(2, stack.Pop(), "LIFO");
            });

            suite.Test("math", () =>
            {
                Check.Equal(5, Math.Abs(-5), "Abs");
                Check.Equal(3, Math.Min(3, 8), "Min");
                Check.Equal(8L, Math.Max(3L, 8L), "Max");
                Check.Equal(10, Math.Clamp(42, 0, 10), "Clamp");
                Check.Equal(-1, Math.Sign(-7), "Sign");
                Check.Throws<OverflowException>(() => Math.Abs(int.MinValue), "Abs(MinValue)");
            });

            suite.Test("value-tuples", () =>
            {
                (int count, string label) pair = (3, "three");
                var (count, label) = pair;
                Check.Equal(3, count, "deconstruct");
                Check.Equal("three", label, "deconstruct");
                Check.True(pair == (3, "three") && pair.Equals((3, "three")) && pair != (4, "three"), "tuple equality");
                Check.Equal("(3, three)", pair.ToString(), "ToString");
                Check.Equal(pair.GetHashCode(), (3, "three").GetHashCode(), "hash");
            });

            suite.Test("hashcode-combine", () =>
            {
                Check.Equal(HashCode.Combine(1, "x"), HashCode.Combine(1, "x"), "deterministic within a run");
                Check.True(HashCode.Combine(1, 2) != HashCode.Combine(2, 1), "order matters");
            });

            suite.Test("arrays", () =>
            {
                int[] numbers = { 4, 1, 3 };
                Array.Sort(numbers);
                Check.Equal("1,3,4", string.Join(",", numbers), "Array.Sort");
                Check.Equal("3,4", string.Join(",", numbers[1..]), "range slice");
                Check.Equal(4, numbers[^1], "index from end");
                Array.Resize(ref numbers, 5);
                Check.Equal(5, numbers.Length, "Resize");
                Check.Equal(2, Array.IndexOf(numbers, 4), "IndexOf");
                int[,] grid = new int[2, 3];
                grid[1, 2] = 6;
                Check.Equal(6, grid[1, 2], "two-dimensional array");
                Check.Throws<IndexOutOfRangeException>(() => grid[2, 0] = 1, "2D bounds");
            });

            return suite.Finish();
        }
    }
}
