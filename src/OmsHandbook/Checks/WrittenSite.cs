namespace OmsHandbook.Checks;

/// <summary>The finished site as the link check sees it: every file's path and every page's ids.</summary>
public sealed class WrittenSite(IReadOnlySet<string> files, IReadOnlyDictionary<string, IReadOnlySet<string>> pageIds)
{
    public bool HasFile(string path) => files.Contains(path);

    /// <summary>The ids on an HTML page, or null when the path is not a page.</summary>
    public IReadOnlySet<string>? IdsOf(string path) => pageIds.GetValueOrDefault(path);
}
