namespace OmsHandbook.BrowserTests.Support;

/// <summary>Finds the repository the tests run from, and the day review dates are judged against.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    /// <summary>A fixed day, so the browser tests never fail because a review date passed.</summary>
    public static DateOnly ReviewDay { get; } = new(2026, 11, 21);

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
