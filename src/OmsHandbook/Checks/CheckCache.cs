using System.Collections.Concurrent;
using OmsHandbook.Pipeline;

namespace OmsHandbook.Checks;

/// <summary>
/// What the checks found on each page at the last build, so the next build by the same builder (the
/// preview's rebuild after a save) parses and checks only pages whose HTML changed. An unchanged page
/// is checked again when what its links depend on changed: a file added or removed, or an id it
/// links to appearing or disappearing on another page.
/// </summary>
public sealed class CheckCache
{
    private readonly ConcurrentDictionary<string, CheckedResult> pages = new(StringComparer.Ordinal);

    /// <summary>How many pages the last check parsed and checked; the rest were answered from this cache.</summary>
    public int PagesChecked { get; internal set; }

    internal CheckedResult? Find(string outputPath, string contentHash, string? source) =>
        pages.TryGetValue(outputPath, out var found) && found.ContentHash == contentHash && found.Source == source ? found : null;

    internal void Store(string outputPath, CheckedResult result) => pages[outputPath] = result;

    /// <summary>Forgets pages the site no longer has.</summary>
    internal void Keep(IReadOnlySet<string> outputPaths)
    {
        foreach (var path in pages.Keys.Where(p => !outputPaths.Contains(p)))
        {
            pages.TryRemove(path, out _);
        }
    }
}

/// <summary>A link from one page to an id on another, and whether the id was there when the page was checked.</summary>
internal sealed record FragmentLink(string Target, string Fragment, bool Found)
{
    public bool StillHolds(WrittenSite site) => (site.IdsOf(Target)?.Contains(Fragment) ?? true) == Found;
}

/// <summary>
/// One page's check results: its ids (for other pages' links), what was found, and what that depended
/// on beyond the page itself (the site's files, and its links to ids on other pages).
/// </summary>
internal sealed record CheckedResult(
    string ContentHash,
    string? Source,
    IReadOnlySet<string> Ids,
    string FilesFingerprint,
    IReadOnlyList<FragmentLink> FragmentLinks,
    IReadOnlyList<Diagnostic> Found)
{
    public bool StillHolds(string filesFingerprint, WrittenSite site) =>
        FilesFingerprint == filesFingerprint && FragmentLinks.All(link => link.StillHolds(site));
}
