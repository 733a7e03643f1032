namespace OmsHandbook.Markdown.ChapterLinks;

/// <summary>All pages that Markdown may link to by file name, looked up by full path or by bare chapter file name.</summary>
public sealed class LinkTargets
{
    private readonly Dictionary<string, LinkTarget> byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinkTarget> byFileName = new(StringComparer.Ordinal);

    public LinkTargets(IEnumerable<LinkTarget> targets)
    {
        foreach (var target in targets)
        {
            byPath.TryAdd(target.FullPath, target);
            byFileName.TryAdd(target.FileName, target);
        }
    }

    public IEnumerable<string> FileNames => byFileName.Keys;

    /// <summary>
    /// Resolves a link path against the linking file's folder; failing that, a bare file name such as
    /// "02-symptoms.md" finds the chapter wherever the link is written (FAQ and glossary entries too).
    /// </summary>
    public LinkTarget? Find(string path, string fromDirectory)
    {
        var full = Path.GetFullPath(Path.Combine(fromDirectory, path));
        if (byPath.TryGetValue(full, out var target))
        {
            return target;
        }

        return path.Contains('/', StringComparison.Ordinal) ? null : byFileName.GetValueOrDefault(path);
    }
}
