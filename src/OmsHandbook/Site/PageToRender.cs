using OmsHandbook.Theme.Models;

namespace OmsHandbook.Site;

/// <summary>
/// A page ready for the layout: its URL, how to make its view, and the input file it came from (for
/// check messages). The view is made when the page is written and let go once it is, so a large
/// site never holds every page's view at once.
/// </summary>
public sealed record PageToRender(string UrlPath, Func<PageView> MakeView, string? SourceFile)
{
    /// <summary>
    /// A content hash of what the page's view is made of, where that is cheap to say: two builds'
    /// pages with equal keys have the same HTML, so the preview writes it again without laying it
    /// out. Null: always laid out.
    /// </summary>
    public Lazy<string>? Key { get; init; }

    /// <summary>A page whose view is already made (small, site-wide pages).</summary>
    public PageToRender(string urlPath, PageView view, string? sourceFile)
        : this(urlPath, () => view, sourceFile)
    {
    }
}
