namespace OmsHandbook.Checks;

/// <summary>The finished site as the checks see it: every file's path and every page's ids.</summary>
public sealed class WrittenSite(IReadOnlySet<string> files, IReadOnlyDictionary<string, CheckedPage> pages)
{
    public bool HasFile(string path) => files.Contains(path);

    public CheckedPage? Page(string path) => pages.GetValueOrDefault(path);
}
