using GoOS.ImageTool;
using GoOS.Tests.Boot;
using NUnit.Framework;

namespace GoOS.Tests.Host;

/// <summary>The image tool against the real ilc output of the boot-test image: every MethodTable
/// gets its exact .NET name, methods read as in .NET stack traces, and the GVM table holds the
/// implementations the language suite uses.</summary>
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

    [TestCase("GoOS_BootSuites_GoOS_BootSuites_BootTestEntry__ThrowUnhandledProbe", "GoOS.BootSuites.BootTestEntry.ThrowUnhandledProbe()")]
    [TestCase("goos_kernel_main", "GoOS.BootSuites.BootTestEntry.Main(UInt32, UInt64)")]
    [TestCase("GoOS_BootSuites_GoOS_BootSuites_Check__Throws<System___Canon>", "GoOS.BootSuites.Check.Throws<T>(TestBody, String)")]
    [TestCase(Suite + "__c___Run_b__28_0", "GoOS.BootSuites.LanguageSuite+<>c.<Run>b__28_0()")]
    [TestCase(Suite + "Dog__Convert<Int32>", "GoOS.BootSuites.LanguageSuite+Dog.Convert<Int32>(T)")]
    [TestCase("String__Substring_0", "System.String.Substring(Int32, Int32)")]
    [TestCase("GoOS_Runtime_System_Collections_Generic_Dictionary_2<Int32__Int32>__Resize", "System.Collections.Generic.Dictionary<Int32,Int32>.Resize(Int32)")]
    [TestCase("GoOS_Runtime_System_Collections_Generic_List_1_Enumerator<System___Canon>__MoveNext", "System.Collections.Generic.List+Enumerator<T>.MoveNext()")]
    [TestCase("unbox_Int32__ToString", "System.Int32.ToString()")]
    [TestCase("GoOS_Runtime_System_Action__InvokeMulticastThunk", "System.Action.InvokeMulticastThunk")]
    public void KnownMethodsGetStackTraceNames(string symbol, string name)
    {
        ElfSymbol body = _symbols.Single(s => s.Name == symbol && s.IsDefined);
        MethodNameEntry entry = Methods().Single(m => m.Section == body.SectionIndex && m.Offset == body.Value);
        Assert.That(entry.Name, Is.EqualTo(name));
        Assert.That(entry.Size, Is.EqualTo(body.Size));
    }

    [Test]
    public void MethodTableIsSortedAndNamesEveryManagedMethodBody()
    {
        List<MethodNameEntry> methods = Methods();
        Assert.That(methods.Count, Is.GreaterThan(500));
        for (int i = 1; i < methods.Count; i++)
        {
            MethodNameEntry previous = methods[i - 1], current = methods[i];
            if (previous.Section != current.Section) continue;
            Assert.That(previous.Offset + previous.Size, Is.LessThanOrEqualTo(current.Offset), previous.Symbol + " overlaps " + current.Symbol);
        }
        int sectionChanges = methods.Zip(methods.Skip(1)).Count(pair => pair.First.Section != pair.Second.Section);
        Assert.That(sectionChanges, Is.EqualTo(methods.Select(m => m.Section).Distinct().Count() - 1), "each code section is one run");
        IEnumerable<string> unnamed = methods.Where(m => !m.Resolved && !m.Symbol.StartsWith("__", StringComparison.Ordinal)).Select(m => m.Symbol);
        Assert.That(unnamed, Is.EqualTo(new[] { "Internal_CompilerGenerated__Module___NativeLibraryStartup" }), "only ilc's helpers keep their symbol names");
    }

    private List<MethodNameEntry> Methods() => MethodNameTable.Build(_symbols, new MethodSymbolResolver(_parser));

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
