using OmsHandbook.Core;
using OmsHandbook.Search;

namespace OmsHandbook.Serve;

/// <summary>
/// Which open pages a new build should reload: the addresses of the pages whose HTML changed, or
/// every page when something pages load changed (a stylesheet, a script, media) or the 404 page did.
/// Other files reload nothing: the search index is fetched when a search is made, and the sitemap,
/// robots.txt, _redirects and _headers are not loaded by pages.
/// </summary>
public static class ReloadScope
{
    /// <returns>The page addresses to reload, e.g. "/symptoms/"; null for every page; empty for none.</returns>
    public static IReadOnlyList<string>? Between(IReadOnlyDictionary<string, byte[]> before, IReadOnlyDictionary<string, byte[]> after) =>
        Of(before.Keys.Union(after.Keys).Select(path => (path, before.GetValueOrDefault(path), after.GetValueOrDefault(path))));

    /// <summary>The same, when only the files written are new and the rest stay as they were.</summary>
    public static IReadOnlyList<string>? Between(IReadOnlyDictionary<string, byte[]> before, IEnumerable<OutputFile> written) =>
        Of(written.Select(file => (file.Path, before.GetValueOrDefault(file.Path), (byte[]?)file.Content)));

    private static IReadOnlyList<string>? Of(IEnumerable<(string Path, byte[]? Before, byte[]? After)> files)
    {
        var pages = new List<string>();
        foreach (var (path, before, after) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var loaded = path.EndsWith(".html", StringComparison.Ordinal)
                || (path.StartsWith("assets/", StringComparison.Ordinal) && !path.StartsWith(SearchIndexWriter.ShardFolder, StringComparison.Ordinal))
                || path.StartsWith("media/", StringComparison.Ordinal);
            if (!loaded || Same(before, after))
            {
                continue;
            }

            if (!SitePaths.IsFolderPage(path))
            {
                return null;
            }

            pages.Add(SitePaths.UrlPathFor(path));
        }

        return pages;
    }

    private static bool Same(byte[]? before, byte[]? after) =>
        ReferenceEquals(before, after) || (before is not null && after is not null && before.AsSpan().SequenceEqual(after));
}
