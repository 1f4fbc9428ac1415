using GoOS.ImageTool;
using NUnit.Framework;

namespace GoOS.Tests.Host;

/// <summary>The image tool's ELF64 reader and writer, on objects the writer makes.</summary>
public class ElfSymbolsTests
{
    [Test]
    public void ReadsBackLabelsAndExternalReferencesOfAWrittenObject()
    {
        var writer = new ElfObjectWriter();
        writer.Label("table");
        writer.Address("_ZTV13__Array<Char>");
        writer.Quad(7);
        writer.Label("table_end");

        IReadOnlyList<ElfSymbol> symbols = ElfSymbols.Read(writer.ToArray());

        Assert.That(symbols.Select(s => s.Name), Is.EquivalentTo(new[] { "table", "table_end", "_ZTV13__Array<Char>" }));
        Assert.That(symbols.Single(s => s.Name == "table_end").Value, Is.EqualTo(16));
        Assert.That(symbols.Single(s => s.Name == "table").IsDefined, Is.True);
        Assert.That(symbols.Single(s => s.Name.StartsWith("_ZTV")).IsDefined, Is.False, "a reference to another object is undefined");
    }

    [Test]
    public void RejectsFilesThatAreNotElf64()
    {
        Assert.Throws<InvalidDataException>(() => ElfSymbols.Read(new byte[100]));
        byte[] elf32 = new ElfObjectWriter().ToArray();
        elf32[4] = 1;
        Assert.Throws<InvalidDataException>(() => ElfSymbols.Read(elf32));
    }

    [Test]
    public void ManglingFollowsIlcRules()
    {
        Assert.That(IlcMangling.Sanitize("<>c__DisplayClass8_0"), Is.EqualTo("__c__DisplayClass8_0"));
        Assert.That(IlcMangling.Sanitize("Map`2"), Is.EqualTo("Map_2"));
        Assert.That(IlcMangling.Sanitize("2d"), Is.EqualTo("_2d"));
        Assert.That(IlcMangling.Sanitize("Größe"), Is.EqualTo("Gr__e"));
        Assert.That(IlcMangling.MethodTableSymbol("Int32", isValueType: true), Is.EqualTo("_ZTV11Boxed_Int32"));
        Assert.That(IlcMangling.FromMethodTableSymbol("_ZTV13__Array<Char>"), Is.EqualTo("__Array<Char>"));
        var taken = new HashSet<string> { "Equals", "Equals_0" };
        Assert.That(IlcMangling.Disambiguate("Equals", taken.Contains), Is.EqualTo("Equals_1"));
    }
}
