using System.Collections.Concurrent;

namespace OmsHandbook.Checks;

/// <summary>
/// What reading each page found at the last build, so the next build by the same preview reads and
/// checks again only the pages whose HTML changed. Links between pages are always checked again:
/// that is a lookup per link, and it is what a change to another page can break.
/// </summary>
public sealed class CheckCache
{
    private readonly ConcurrentDictionary<string, (string Hash, string? Source, PageScan Scan)> pages = new(StringComparer.Ordinal);

    /// <summary>How many pages the last check read and checked; the rest were answered from this cache.</summary>
    public int PagesChecked { get; internal set; }

    internal PageScan? Find(string outputPath, string contentHash, string? source) =>
        pages.TryGetValue(outputPath, out var found) && found.Hash == contentHash && found.Source == source ? found.Scan : null;

    internal void Store(string outputPath, string contentHash, string? source, PageScan scan) => pages[outputPath] = (contentHash, source, scan);

    /// <summary>Forgets pages the site no longer has.</summary>
    internal void Keep(IReadOnlySet<string> outputPaths)
    {
        foreach (var path in pages.Keys.Where(p => !outputPaths.Contains(p)))
        {
            pages.TryRemove(path, out _);
        }
    }
}
