namespace GoOS.ImageTool;

/// <summary>GoOS.ImageTool OBJECT TABLES.o SYSTEM-MODULE ASSEMBLY... [--roots ROOTS.dll]
/// Reads ilc's object and the IL assemblies it compiled and writes TABLES.o, the image's
/// type-name, method-name and generic-virtual-method tables. When ilc compiled shared GVM bodies
/// without the generic dictionaries they need and --roots is given, writes ROOTS.dll (an assembly
/// that makes ilc emit them) instead and exits with 2: the caller runs ilc again with it and then
/// this tool again without --roots. Exit 1 with "error:" lines when a GVM call could not be resolved.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length < 4)
        {
            Console.Error.WriteLine("usage: GoOS.ImageTool OBJECT TABLES.o SYSTEM-MODULE ASSEMBLY... [--roots ROOTS.dll]");
            return 64;
        }
        int rootsOption = Array.IndexOf(args, "--roots");
        string rootsPath = rootsOption >= 0 ? args[rootsOption + 1] : null;
        string[] assemblies = args[3..(rootsOption >= 0 ? rootsOption : args.Length)];
        try
        {
            return Run(args[0], args[1], args[2], assemblies, rootsPath);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or BadImageFormatException)
        {
            Console.Error.WriteLine($"GoOS.ImageTool: error: cannot build the image tables: {e.Message}");
            return 1;
        }
    }

    private static int Run(string objectPath, string tablesPath, string systemModule, string[] assemblies, string rootsPath)
    {
        IReadOnlyList<ElfSymbol> symbols = ElfSymbols.Read(File.ReadAllBytes(objectPath));
        using var catalog = new TypeCatalog(assemblies, systemModule);
        var parser = new MangledTypeParser(catalog);
        List<TypeNameEntry> typeNames = TypeNameTable.Build(symbols, parser);
        List<MethodNameEntry> methods = MethodNameTable.Build(symbols, new MethodSymbolResolver(parser));
        var gvms = new GvmTable(catalog, parser, symbols);
        gvms.Build();

        if (gvms.MissingDictionaries.Count > 0)
        {
            if (rootsPath != null)
            {
                File.WriteAllBytes(rootsPath, GvmRootsAssembly.Write(gvms.MissingDictionaries, catalog, systemModule));
                Console.WriteLine($"GoOS.ImageTool: {gvms.MissingDictionaries.Count} generic dictionaries for shared GVM bodies requested in {Path.GetFileName(rootsPath)}");
                return 2;
            }
            foreach (MissingDictionary missing in gvms.MissingDictionaries)
                gvms.Errors.Add($"ilc emitted no generic dictionary for {missing.Owner.FullName}.{missing.Owner.Name(missing.Method)}<{string.Join(",", missing.Arguments.Select(a => a.FullName))}>");
        }
        foreach (string error in gvms.Errors)
            Console.Error.WriteLine($"GoOS.ImageTool: error: generic virtual method: {error}");
        if (gvms.Errors.Count > 0) return 1;

        File.WriteAllBytes(tablesPath, ImageTables.Write(typeNames, gvms.Entries, methods));
        Console.WriteLine($"GoOS.ImageTool: {typeNames.Count} type names ({typeNames.Count(t => t.Exact)} exact), "
            + $"{methods.Count} method names ({methods.Count(m => m.Resolved)} resolved), {gvms.Entries.Count} GVM implementations");
        return 0;
    }
}
