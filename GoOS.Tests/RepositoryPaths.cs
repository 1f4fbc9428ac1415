namespace GoOS.Tests;

/// <summary>Finds the repository root from the test assembly's location.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        string directory = AppContext.BaseDirectory;
        while (directory != null && !File.Exists(Path.Combine(directory, "GoOS.sln")))
            directory = Path.GetDirectoryName(directory);
        return directory ?? throw new InvalidOperationException("GoOS.sln not found above " + AppContext.BaseDirectory);
    }
}
