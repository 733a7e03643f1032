namespace OmsHandbook.Theme;

/// <summary>
/// The ids the layouts write themselves. Content may take none of them: a heading or FAQ entry with
/// one of these ids would send links, labels and the page's script to the wrong element.
/// </summary>
public static class LayoutIds
{
    /// <summary>Every id a layout writes as it is; a test holds this list to the templates.</summary>
    public static readonly IReadOnlySet<string> Fixed = new HashSet<string>(
        ["chapter-navigation", "glossary-tips", "main-content", "offline-copy", "offline-text", "on-this-page", "page-review", "page-title", "search-browse", "search-page-query", "site-search", "sources"],
        StringComparer.Ordinal);

    /// <summary>The numbered ids of a page's Sources list: "source-1", "source-2", ….</summary>
    public const string SourcePrefix = "source-";

    public static bool IsReserved(string id) =>
        Fixed.Contains(id)
        || (id.Length > SourcePrefix.Length && id.StartsWith(SourcePrefix, StringComparison.Ordinal) && id.AsSpan(SourcePrefix.Length).IndexOfAnyExceptInRange('0', '9') < 0);
}
