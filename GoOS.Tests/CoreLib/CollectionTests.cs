extern alias goos;

using NUnit.Framework;
using G = goos::System.Collections.Generic;

namespace GoOS.Tests.CoreLib;

/// <summary>List, Dictionary, HashSet, Queue and Stack driven by the same random operations as
/// .NET's, comparing results, exception types and enumeration order after every step.</summary>
public class CollectionTests
{
    private static string Outcome(Func<object> action)
    {
        try { return "=" + action(); }
        catch (Exception e) { return e.GetType().Name; }
    }

    private static string Order<T>(IEnumerable<T> items) => string.Join(",", items);

    [Test]
    public void ListAgreesWithDotNet()
    {
        var random = new Random(1);
        for (int round = 0; round < 100; round++)
        {
            var goos = new G.List<int>();
            var dotnet = new List<int>();
            for (int step = 0; step < 200; step++)
            {
                int op = random.Next(17), value = random.Next(20), index = random.Next(-1, dotnet.Count + 2), count = random.Next(-1, 4);
                string at = $"round {round} step {step} op {op} [{Order(dotnet)}] {value} {index} {count}";
                Assert.That(Outcome(() => ApplyList(goos, op, value, index, count)), Is.EqualTo(Outcome(() => ApplyList(dotnet, op, value, index, count))), at);
                Assert.That(Order(goos), Is.EqualTo(Order(dotnet)), at);
                Assert.That(goos.Count, Is.EqualTo(dotnet.Count), at);
                Assert.That(goos.Capacity, Is.EqualTo(dotnet.Capacity), at);
            }
        }
    }

    private static object ApplyList(dynamic list, int op, int value, int index, int count)
    {
        switch (op)
        {
            case 0: case 1: case 2: list.Add(value); return null;
            case 3: list.Insert(index, value); return null;
            case 4: return list.Remove(value);
            case 5: list.RemoveAt(index); return null;
            case 6: return list.RemoveAll((Predicate<int>)(v => v % 3 == value % 3));
            case 7: return list.Contains(value);
            case 8: return list.IndexOf(value);
            case 9: list.Sort(); return null;
            case 10: list.Sort((Comparison<int>)((a, b) => b.CompareTo(a))); return null;
            case 11: list.Reverse(); return null;
            case 12: return string.Join(",", (int[])list.ToArray());
            case 13: list.RemoveRange(index, count); return null;
            case 14: list.InsertRange(index, new[] { value, value + 1 }); return null;
            case 15: return list[index];
            default: if (value == 0) list.Clear(); else list[index] = value; return null;
        }
    }

    [Test]
    public void ListEnumeratorDetectsModification()
    {
        var list = new G.List<int> { 1, 2, 3 };
        Assert.Throws<InvalidOperationException>(() => { foreach (int v in list) list.Add(v); });
        Assert.Throws<InvalidOperationException>(() => { foreach (int v in list) list[0] = v; });
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = list[10]);
    }

    [Test]
    public void ListSortOrdersDistinctKeysLikeDotNet()
    {
        var random = new Random(2);
        foreach (int size in new[] { 0, 1, 2, 3, 15, 16, 17, 100, 1000, 5000 })
        {
            int[] keys = Enumerable.Range(0, size).OrderBy(_ => random.Next()).ToArray();
            foreach (int[] input in new[] { keys, keys.OrderBy(k => k).ToArray(), keys.OrderByDescending(k => k).ToArray(), OrganPipe(size) })
            {
                var goos = new G.List<(int Key, string Name)>();
                var dotnet = new List<(int Key, string Name)>();
                foreach (int key in input)
                {
                    goos.Add((key, "n" + key));
                    dotnet.Add((key, "n" + key));
                }
                goos.Sort((a, b) => a.Key.CompareTo(b.Key));
                dotnet.Sort((a, b) => a.Key.CompareTo(b.Key));
                Assert.That(Order(goos), Is.EqualTo(Order(dotnet)), $"size {size}");
            }
        }
        var duplicates = new G.List<int>();
        var expected = new List<int>();
        for (int i = 0; i < 3000; i++)
        {
            int v = random.Next(50);
            duplicates.Add(v);
            expected.Add(v);
        }
        duplicates.Sort();
        expected.Sort();
        Assert.That(Order(duplicates), Is.EqualTo(Order(expected)));
    }

    private static int[] OrganPipe(int size) => Enumerable.Range(0, size).Select(i => i < size / 2 ? i : size - i).Distinct().ToArray();

    [Test]
    public void DictionaryAgreesWithDotNetIncludingOrder()
    {
        var random = new Random(3);
        for (int round = 0; round < 100; round++)
        {
            var goos = new G.Dictionary<string, int>();
            var dotnet = new Dictionary<string, int>();
            for (int step = 0; step < 300; step++)
            {
                int op = random.Next(10);
                string key = random.Next(40) == 0 ? null : "k" + random.Next(30);
                int value = random.Next(100);
                string at = $"round {round} step {step} op {op} '{key}'";
                Assert.That(Outcome(() => ApplyDictionary(goos, op, key, value)), Is.EqualTo(Outcome(() => ApplyDictionary(dotnet, op, key, value))), at);
                Assert.That(Order(goos), Is.EqualTo(Order(dotnet)), at);
                Assert.That(Order(goos.Keys), Is.EqualTo(Order(dotnet.Keys)), at);
                Assert.That(Order(goos.Values), Is.EqualTo(Order(dotnet.Values)), at);
                Assert.That(goos.Count, Is.EqualTo(dotnet.Count), at);
            }
        }
    }

    private static object ApplyDictionary(dynamic dictionary, int op, string key, int value)
    {
        switch (op)
        {
            case 0: case 1: dictionary.Add(key, value); return null;
            case 2: dictionary[key] = value; return null;
            case 3: return dictionary[key];
            case 4: case 5: return dictionary.Remove(key);
            case 6: return dictionary.TryAdd(key, value);
            case 7: return dictionary.TryGetValue(key, out int found) ? found : -1;
            case 8: return dictionary.ContainsKey(key);
            default: if (value < 3) dictionary.Clear(); return dictionary.ContainsValue(value);
        }
    }

    [Test]
    public void DictionaryReusesRemovedSlotsLastFreedFirst()
    {
        var goos = new G.Dictionary<int, string>();
        var dotnet = new Dictionary<int, string>();
        foreach (int key in new[] { 1, 2, 3, 4, 5 })
        {
            goos.Add(key, "v" + key);
            dotnet.Add(key, "v" + key);
        }
        foreach (int key in new[] { 2, 4 })
        {
            goos.Remove(key);
            dotnet.Remove(key);
        }
        foreach (int key in new[] { 6, 7, 8 })
        {
            goos.Add(key, "v" + key);
            dotnet.Add(key, "v" + key);
        }
        Assert.That(Order(goos.Keys), Is.EqualTo(Order(dotnet.Keys)));
        Assert.That(Order(goos.Keys), Is.EqualTo("1,7,3,6,5,8"));
    }

    [Test]
    public void DictionaryErrorsAndEnumerationRules()
    {
        var dictionary = new G.Dictionary<int, int> { { 1, 1 }, { 2, 2 }, { 3, 3 } };
        Assert.Throws<KeyNotFoundException>(() => _ = dictionary[9]);
        Assert.Throws<ArgumentException>(() => dictionary.Add(1, 5));
        Assert.DoesNotThrow(() => { foreach (var pair in dictionary) dictionary[pair.Key] = 7; });
        Assert.DoesNotThrow(() => { foreach (var pair in dictionary) dictionary.Remove(pair.Key); });
        dictionary.Add(1, 1);
        Assert.Throws<InvalidOperationException>(() => { foreach (var pair in dictionary) dictionary.Add(pair.Key + 10, 0); });
        var ignoringCase = new G.Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { { "Key", 1 } };
        Assert.That(ignoringCase["KEY"], Is.EqualTo(1));
        var grown = new G.Dictionary<int, int>();
        for (int i = 0; i < 10000; i++) grown[i * 1024] = i;
        for (int i = 0; i < 10000; i++) Assert.That(grown[i * 1024], Is.EqualTo(i));
    }

    [Test]
    public void HashSetAgreesWithDotNetIncludingOrder()
    {
        var random = new Random(4);
        for (int round = 0; round < 100; round++)
        {
            var goos = new G.HashSet<string>();
            var dotnet = new HashSet<string>();
            for (int step = 0; step < 200; step++)
            {
                int op = random.Next(11);
                string item = random.Next(20) == 0 ? null : "i" + random.Next(25);
                string[] other = Enumerable.Range(0, random.Next(6)).Select(_ => "i" + random.Next(25)).ToArray();
                string at = $"round {round} step {step} op {op} '{item}' [{Order(other)}]";
                Assert.That(Outcome(() => ApplySet(goos, op, item, other)), Is.EqualTo(Outcome(() => ApplySet(dotnet, op, item, other))), at);
                Assert.That(Order(goos), Is.EqualTo(Order(dotnet)), at);
            }
        }
    }

    private static object ApplySet(dynamic set, int op, string item, string[] other)
    {
        switch (op)
        {
            case 0: case 1: case 2: return set.Add(item);
            case 3: case 4: return set.Remove(item);
            case 5: return set.Contains(item);
            case 6: set.UnionWith(other); return null;
            case 7: set.ExceptWith(other); return null;
            case 8: set.IntersectWith(other); return set.Count;
            case 9: return $"{set.IsSubsetOf(other)} {set.IsSupersetOf(other)} {set.Overlaps(other)} {set.SetEquals(other)}";
            default: return set.RemoveWhere((Predicate<string>)(s => s != null && s.EndsWith("1")));
        }
    }

    [Test]
    public void QueueAndStackAgreeWithDotNet()
    {
        var random = new Random(5);
        var goosQueue = new G.Queue<int>();
        var queue = new Queue<int>();
        var goosStack = new G.Stack<int>();
        var stack = new Stack<int>();
        for (int step = 0; step < 5000; step++)
        {
            int op = random.Next(7), value = random.Next(100);
            Assert.That(Outcome(() => ApplyQueue(goosQueue, op, value)), Is.EqualTo(Outcome(() => ApplyQueue(queue, op, value))), $"queue step {step}");
            Assert.That(Order(goosQueue), Is.EqualTo(Order(queue)));
            Assert.That(Order(goosQueue.ToArray()), Is.EqualTo(Order(queue.ToArray())));
            Assert.That(Outcome(() => ApplyStack(goosStack, op, value)), Is.EqualTo(Outcome(() => ApplyStack(stack, op, value))), $"stack step {step}");
            Assert.That(Order(goosStack), Is.EqualTo(Order(stack)));
            Assert.That(Order(goosStack.ToArray()), Is.EqualTo(Order(stack.ToArray())));
        }
        Assert.Throws<InvalidOperationException>(() => { foreach (int v in goosQueue) goosQueue.Enqueue(v); });
        Assert.Throws<InvalidOperationException>(() => { foreach (int v in goosStack) goosStack.Push(v); });
    }

    private static object ApplyQueue(dynamic queue, int op, int value)
    {
        switch (op)
        {
            case 0: case 1: case 2: queue.Enqueue(value); return null;
            case 3: return queue.Dequeue();
            case 4: return queue.Peek();
            case 5: return queue.Contains(value);
            default: if (value < 5) queue.Clear(); return queue.Count;
        }
    }

    private static object ApplyStack(dynamic stack, int op, int value)
    {
        switch (op)
        {
            case 0: case 1: case 2: stack.Push(value); return null;
            case 3: return stack.Pop();
            case 4: return stack.Peek();
            case 5: return stack.Contains(value);
            default: if (value < 5) stack.Clear(); return stack.Count;
        }
    }
}
