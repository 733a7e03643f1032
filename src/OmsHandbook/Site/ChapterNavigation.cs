using System.Globalization;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Theme.Models;
using OmsHandbook.Theme.Text;

namespace OmsHandbook.Site;

/// <summary>
/// The chapter list beside each page. A handbook short enough to scan lists every chapter on every
/// page. A long one lists the chapters around the current page and links to a contents page: a list
/// of thousands helps nobody on a phone, and it would make every page grow with the handbook, so the
/// site would grow with the square of it.
/// </summary>
public sealed class ChapterNavigation
{
    /// <summary>The most chapters listed in full beside every page.</summary>
    public const int FullListLimit = 60;

    /// <summary>How many chapters either side of the current one a long handbook lists.</summary>
    public const int Around = 5;

    private readonly IReadOnlyList<NavLink> links;
    private readonly Dictionary<string, int> positions;
    private readonly NavLink allChapters;
    private readonly EditionPaths paths;
    private readonly UiText text;

    /// <param name="links">Home first, then every chapter in order, as the chrome lists them.</param>
    /// <param name="paths">Where the edition's contents page is.</param>
    public ChapterNavigation(IReadOnlyList<NavLink> links, EditionPaths paths, UiText text)
    {
        this.paths = paths;
        this.text = text;
        this.links = links;
        positions = links.Select((link, i) => (link.Href, i)).ToDictionary(p => p.Href, p => p.i, StringComparer.Ordinal);
        allChapters = new NavLink(UiText.Format(text.AllChapters, text.Count(links.Count - 1)), paths.Contents);
    }

    /// <summary>True when the handbook is too long to list beside every page and has a contents page instead.</summary>
    public bool IsWindowed => links.Count - 1 > FullListLimit;

    /// <summary>The list beside one page: null (every chapter) for a short handbook.</summary>
    public ChapterList? For(string urlPath)
    {
        if (!IsWindowed)
        {
            return null;
        }

        var current = positions.GetValueOrDefault(urlPath, 0);
        var first = Math.Clamp(current - Around, 1, Math.Max(1, links.Count - (2 * Around) - 1));
        var window = links.Skip(first).Take((2 * Around) + 1);
        return new ChapterList([links[0], .. window], allChapters);
    }

    /// <summary>/contents/: every chapter in order, on one page.</summary>
    public PageToRender ContentsPage(SiteConfig site, SiteChrome chrome)
    {
        var view = new PageView(chrome, text.ContentsTitle, UiText.Format(text.ContentsDescription, site.Title),
            site.BaseUrl + paths.Contents, paths.Contents, new ContentsBody(links.Skip(1).ToList()), JsonLd: null);
        return new PageToRender(paths.Contents, view, null);
    }
}
