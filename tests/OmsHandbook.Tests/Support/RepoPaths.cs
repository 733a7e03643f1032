namespace OmsHandbook.Tests.Support;

/// <summary>Finds the repository the tests run from, so site tests can build the real handbook.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Docs => Path.Combine(Root, "docs");

    /// <summary>Input -> output examples that the C# search normaliser and search.js must both reproduce.</summary>
    public static string SearchVectors => Path.Combine(Root, "tests", "search-vectors.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OmsHandbook.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OmsHandbook.sln not found above " + AppContext.BaseDirectory);
    }
}
