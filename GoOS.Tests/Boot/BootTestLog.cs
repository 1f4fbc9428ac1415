using System.Text.RegularExpressions;

namespace GoOS.Tests.Boot;

/// <summary>Parses the result lines a test image prints on COM1 (see GoOS.Tests/Boot/Suites/BootTestSuite.cs).</summary>
internal sealed class BootTestLog
{
    public sealed class Suite
    {
        public int? Planned;
        public readonly List<string> Passed = new();
        public readonly List<string> Failed = new();
        public bool Done;
    }

    public readonly Dictionary<string, Suite> Suites = new();
    public string Verdict;

    public static BootTestLog Parse(string output)
    {
        var log = new BootTestLog();
        foreach (string line in output.Split('\n'))
        {
            Match m;
            if ((m = Regex.Match(line, @"^TEST-PLAN (\S+) (\d+)$")).Success) log.Get(m.Groups[1].Value).Planned = int.Parse(m.Groups[2].Value);
            else if ((m = Regex.Match(line, @"^TEST-PASS ([^/\s]+)/(\S+)$")).Success) log.Get(m.Groups[1].Value).Passed.Add(m.Groups[2].Value);
            else if ((m = Regex.Match(line, @"^TEST-FAIL ([^/\s]+)/(.*)$")).Success) log.Get(m.Groups[1].Value).Failed.Add(m.Groups[2].Value);
            else if ((m = Regex.Match(line, @"^TEST-DONE (\S+) \d+ \d+$")).Success) log.Get(m.Groups[1].Value).Done = true;
            else if ((m = Regex.Match(line, @"^ALL-DONE (\w+)$")).Success) log.Verdict = m.Groups[1].Value;
        }
        return log;
    }

    private Suite Get(string name)
    {
        if (!Suites.TryGetValue(name, out Suite suite)) Suites[name] = suite = new Suite();
        return suite;
    }
}
