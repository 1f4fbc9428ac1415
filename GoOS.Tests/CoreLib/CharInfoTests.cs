extern alias goos;

using NUnit.Framework;
using GoosChar = goos::System.CharInfo;

namespace GoOS.Tests.CoreLib;

/// <summary>Character classes and case mapping over the whole Latin-1 range, against .NET.</summary>
public class CharInfoTests
{
    [Test]
    public void Latin1ClassesAndCaseAgreeWithDotNet()
    {
        for (int i = 0; i <= 0xFF; i++)
        {
            char c = (char)i;
            string at = $"U+{i:X4}";
            Assert.That(GoosChar.IsDigit(c), Is.EqualTo(char.IsDigit(c)), at + " IsDigit");
            Assert.That(GoosChar.IsLetter(c), Is.EqualTo(char.IsLetter(c)), at + " IsLetter");
            Assert.That(GoosChar.IsUpper(c), Is.EqualTo(char.IsUpper(c)), at + " IsUpper");
            Assert.That(GoosChar.IsLower(c), Is.EqualTo(char.IsLower(c)), at + " IsLower");
            Assert.That(GoosChar.IsWhiteSpace(c), Is.EqualTo(char.IsWhiteSpace(c)), at + " IsWhiteSpace");
            Assert.That(GoosChar.IsControl(c), Is.EqualTo(char.IsControl(c)), at + " IsControl");
            Assert.That(GoosChar.IsPunctuation(c), Is.EqualTo(char.IsPunctuation(c)), at + " IsPunctuation");
            Assert.That(GoosChar.IsSymbol(c), Is.EqualTo(char.IsSymbol(c)), at + " IsSymbol");
            Assert.That(GoosChar.ToUpper(c), Is.EqualTo(char.ToUpperInvariant(c)), at + " ToUpper");
            Assert.That(GoosChar.ToLower(c), Is.EqualTo(char.ToLowerInvariant(c)), at + " ToLower");
        }
    }
}
