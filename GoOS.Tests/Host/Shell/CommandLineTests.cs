using GoOS.Apps.Shell;
using NUnit.Framework;

namespace GoOS.Tests.Host.Shell;

public class CommandLineTests
{
    private static string[] Words(string line)
    {
        CommandLine parsed = CommandLine.Parse(line);
        Assert.That(parsed.Status, Is.EqualTo(CommandLineStatus.Ok), line);
        return parsed.Words;
    }

    [Test]
    public void SplitsOnBlanks()
    {
        Assert.That(Words("ls -l /bin"), Is.EqualTo(new[] { "ls", "-l", "/bin" }));
        Assert.That(Words("  \tls   -l\t\t/bin  "), Is.EqualTo(new[] { "ls", "-l", "/bin" }));
        Assert.That(Words("x"), Is.EqualTo(new[] { "x" }));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\t \t")]
    [TestCase(null)]
    public void BlankLinesAreEmpty(string line)
    {
        CommandLine parsed = CommandLine.Parse(line);
        Assert.That(parsed.Status, Is.EqualTo(CommandLineStatus.Empty));
        Assert.That(parsed.IsEmpty, Is.True);
        Assert.That(parsed.Words, Is.Empty);
        Assert.That(parsed.Command, Is.Null);
        Assert.That(parsed.Background, Is.False);
    }

    [Test]
    public void DoubleQuotesGroupBlanks()
    {
        Assert.That(Words("echo \"hello   world\" x"), Is.EqualTo(new[] { "echo", "hello   world", "x" }));
        Assert.That(Words("echo \"\""), Is.EqualTo(new[] { "echo", "" }));
        Assert.That(Words("\"\""), Is.EqualTo(new[] { "" }));
        Assert.That(Words("a\"b c\"d \"e\"\"f\""), Is.EqualTo(new[] { "ab cd", "ef" }));
    }

    [Test]
    public void BackslashEscapesOnlyQuoteAndBackslashInsideQuotes()
    {
        Assert.That(Words("say \"a \\\"b\\\" c\""), Is.EqualTo(new[] { "say", "a \"b\" c" }));
        Assert.That(Words("\"a\\\\b\""), Is.EqualTo(new[] { "a\\b" }));
        Assert.That(Words("\"a\\nb\""), Is.EqualTo(new[] { "a\\nb" }));
        Assert.That(Words("a\\b c\\"), Is.EqualTo(new[] { "a\\b", "c\\" }));
    }

    [TestCase("echo \"abc")]
    [TestCase("\"")]
    [TestCase("echo \"abc\\\"")]
    public void UnterminatedQuoteIsAnError(string line)
    {
        CommandLine parsed = CommandLine.Parse(line);
        Assert.That(parsed.Status, Is.EqualTo(CommandLineStatus.UnterminatedQuote));
        Assert.That(parsed.Words, Is.Empty);
        Assert.That(parsed.IsEmpty, Is.False);
    }

    [TestCase("sleep 10 &")]
    [TestCase("sleep 10&")]
    [TestCase("  sleep   10 &  ")]
    [TestCase("sleep 10\t&\t")]
    public void TrailingAmpersandRunsInTheBackground(string line)
    {
        CommandLine parsed = CommandLine.Parse(line);
        Assert.That(parsed.Status, Is.EqualTo(CommandLineStatus.Ok));
        Assert.That(parsed.Background, Is.True);
        Assert.That(parsed.Words, Is.EqualTo(new[] { "sleep", "10" }));
    }

    [Test]
    public void QuotedAmpersandIsText()
    {
        CommandLine parsed = CommandLine.Parse("echo \"a&b\" \"&\"");
        Assert.That(parsed.Background, Is.False);
        Assert.That(parsed.Words, Is.EqualTo(new[] { "echo", "a&b", "&" }));
    }

    [TestCase("a & b")]
    [TestCase("a && b")]
    [TestCase("a &&")]
    [TestCase("a &b")]
    [TestCase("a & \"b\"")]
    public void AmpersandBeforeTheEndIsAnError(string line)
    {
        CommandLine parsed = CommandLine.Parse(line);
        Assert.That(parsed.Status, Is.EqualTo(CommandLineStatus.MisplacedAmpersand));
        Assert.That(parsed.Words, Is.Empty);
        Assert.That(parsed.Background, Is.False);
    }

    [TestCase("&")]
    [TestCase("  &  ")]
    public void AmpersandAloneHasNoCommand(string line)
    {
        Assert.That(CommandLine.Parse(line).Status, Is.EqualTo(CommandLineStatus.MissingCommand));
    }

    [Test]
    public void CommandAndArguments()
    {
        CommandLine parsed = CommandLine.Parse("cp \"my file\" dest &");
        Assert.That(parsed.Command, Is.EqualTo("cp"));
        Assert.That(parsed.Arguments, Is.EqualTo(new[] { "my file", "dest" }));
        Assert.That(CommandLine.Parse("ls").Arguments, Is.Empty);
    }
}
