using GoOS.ImageTool;
using GoOS.Tests.Boot;
using NUnit.Framework;

namespace GoOS.Tests.Host;

/// <summary>The image tool against the real ilc output of the boot-test image: every MethodTable
/// gets its exact .NET name, and the GVM table holds the implementations the language suite uses.</summary>
[TestFixture, NonParallelizable]
public class ImageToolTests
{
    private const string Suite = "GoOS_BootSuites_GoOS_BootSuites_LanguageSuite_";
    private TypeCatalog _catalog;
    private MangledTypeParser _parser;
    private IReadOnlyList<ElfSymbol> _symbols;

    [OneTimeSetUp]
    public void LoadBootTestObject()
    {
        BootTests.BuildTestImage();
        string suites = Path.Combine(RepositoryPaths.Root, "GoOS.Tests/Boot/Suites");
        string native = Path.Combine(suites, "obj/native");
        string[] assemblies = Directory.GetFiles(Path.Combine(suites, "bin"), "GoOS.*.dll", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(native, "GoOS.GvmRoots.dll")).ToArray();
        _symbols = ElfSymbols.Read(File.ReadAllBytes(Path.Combine(native, "goos-test.o")));
        _catalog = new TypeCatalog(assemblies, "GoOS.Runtime");
        _parser = new MangledTypeParser(_catalog);
    }

    [OneTimeTearDown]
    public void Close() => _catalog?.Dispose();

    [Test]
    public void EveryMethodTableOfTheImageIsNamedExactly()
    {
        List<TypeNameEntry> names = TypeNameTable.Build(_symbols, _parser);
        Assert.That(names.Count, Is.GreaterThan(50));
        Assert.That(names.Where(n => !n.Exact).Select(n => n.MethodTableSymbol), Is.Empty);
    }

    [TestCase("_ZTV55GoOS_BootSuites_GoOS_BootSuites_UnhandledProbeException", "GoOS.BootSuites.UnhandledProbeException")]
    [TestCase("_ZTV49GoOS_BootSuites_GoOS_BootSuites_LanguageSuite_Dog", "GoOS.BootSuites.LanguageSuite+Dog")]
    [TestCase("_ZTV11Boxed_Int32", "System.Int32")]
    [TestCase("_ZTV6String", "System.String")]
    [TestCase("_ZTV15__Array<String>", "System.String[]")]
    [TestCase("_ZTV23__Array<__Array<Int32>>", "System.Int32[][]")]
    [TestCase("_ZTV18__MDArray<Int32,2>", "System.Int32[,]")]
    [TestCase("_ZTV43Boxed_GoOS_Runtime_System_Nullable_1<Int32>", "System.Nullable`1[[System.Int32]]")]
    [TestCase("_ZTV66GoOS_BootSuites_GoOS_BootSuites_LanguageSuite_Map_2<Int32__String>", "GoOS.BootSuites.LanguageSuite+Map`2[[System.Int32],[System.String]]")]
    [TestCase("_ZTV67GoOS_BootSuites_GoOS_BootSuites_LanguageSuite___c__DisplayClass28_0", "GoOS.BootSuites.LanguageSuite+<>c__DisplayClass28_0")]
    public void KnownTypesGetTheirDotNetFullNames(string symbol, string fullName)
    {
        Assert.That(_symbols.Any(s => s.Name == symbol && s.IsDefined), Is.True, symbol + " is not in the object");
        TypeNameEntry entry = TypeNameTable.Build(_symbols, _parser).Single(e => e.MethodTableSymbol == symbol);
        Assert.That(entry.FullName, Is.EqualTo(fullName));
    }

    [Test]
    public void GvmTableHasEachOverrideAndInterfaceImplementation()
    {
        var table = new GvmTable(_catalog, _parser, _symbols);
        table.Build();
        Assert.That(table.Errors, Is.Empty);
        Assert.That(table.MissingDictionaries, Is.Empty, "the roots pass supplied every dictionary");

        string convertInt = "__RuntimeMethodHandle_" + Suite + "Animal__Convert<Int32>";
        Assert.That(Implementation(table, convertInt, "Dog"), Is.EqualTo((Suite + "Dog__Convert<Int32>", (string)null)));
        Assert.That(Implementation(table, convertInt, "Puppy"), Is.EqualTo((Suite + "Puppy__Convert<Int32>", (string)null)));
        Assert.That(Implementation(table, convertInt, "Cat"), Is.EqualTo((Suite + "Animal__Convert<Int32>", (string)null)), "Cat inherits Animal's body");

        string convertString = "__RuntimeMethodHandle_" + Suite + "Animal__Convert<String>";
        Assert.That(Implementation(table, convertString, "Puppy"),
            Is.EqualTo((Suite + "Puppy__Convert<System___Canon>", "__GenericDict_" + Suite + "Puppy__Convert<String>")), "shared code with its dictionary");

        string visitDouble = "__RuntimeMethodHandle_" + Suite + "IVisitor__Visit<Double>";
        Assert.That(Implementation(table, visitDouble, "TypeNamer"), Is.EqualTo((Suite + "TypeNamer__Visit<Double>", (string)null)));
        Assert.That(Implementation(table, visitDouble, "Counter"), Is.EqualTo((Suite + "Counter__Visit<Double>", (string)null)));
    }

    private (string Code, string Dictionary) Implementation(GvmTable table, string handle, string receiver)
    {
        string type = IlcMangling.MethodTableSymbol(Suite + receiver, isValueType: false);
        GvmEntry entry = table.Entries.Single(e => e.MethodHandle == handle && e.ImplementingType == type);
        return (entry.Code, entry.Dictionary);
    }
}
