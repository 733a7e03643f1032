using System.Globalization;
using System.Text;
using OmsHandbook.Core;
using OmsHandbook.Html;
using OmsHandbook.Search;
using OmsHandbook.Theme.Models;
using OmsHandbook.Theme.Text;

namespace OmsHandbook.Site;

/// <summary>
/// /print/: every chapter in order on one page. Each chapter's ids get the chapter's slug as a
/// prefix so they stay unique, headings move down a level under the chapter title, and links
/// between chapters become links within the page. A handbook too long to list beside every page
/// is too long to print as one page, too: /print/ then lists parts of <see cref="PartSize"/>
/// chapters, each printed at /print/N/.
/// </summary>
public static class PrintEdition
{
    /// <summary>
    /// Chapters per printed part of a long handbook: a booklet of about a hundred printed pages, and a
    /// third of a megabyte to open on a phone. Parts of 60 chapters were a megabyte each, and making
    /// them was the peak of a large build's memory (docs/performance.md).
    /// </summary>
    public const int PartSize = 20;

    /// <param name="chromeKey">What every page shares, as one string (see <see cref="PageKey"/>).</param>
    public static IReadOnlyList<PageToRender> Build(Content.SiteConfig site, SiteChrome chrome, Lazy<string> chromeKey, RenderedContent rendered)
    {
        var text = chrome.Text;
        var print = site.Paths.Print;
        var parts = rendered.Chapters.Count <= ChapterNavigation.FullListLimit
            ? [rendered.Chapters.ToArray()]
            : rendered.Chapters.Chunk(PartSize).ToList();
        if (parts.Count <= 1)
        {
            var printedAt = rendered.Chapters.ToDictionary(c => c.Page.UrlPath, c => new PrintedAt(print, c.Page.Slug), StringComparer.Ordinal);
            return [Page(site, chrome, print, text.PrintTitle, UiText.Format(text.PrintDescription, site.Title),
                () => new PrintBody(Chapters(rendered.Chapters, printedAt, print), [])) with { Key = PageKey.Of(chromeKey, [.. rendered.Chapters.Select(c => c.Key)]) }];
        }

        // Where each chapter is printed, so links between chapters of different parts still land.
        var partTargets = parts
            .SelectMany((part, i) => part.Select(c => (c.Page.UrlPath, At: new PrintedAt(PartPath(print, i + 1), c.Page.Slug))))
            .ToDictionary(p => p.UrlPath, p => p.At, StringComparer.Ordinal);
        var pages = new List<PageToRender>
        {
            Page(site, chrome, print, text.PrintTitle, UiText.Format(text.PrintPartsDescription, site.Title, parts.Count),
                () => new PrintBody([], parts.Select((part, i) => new NavLink(PartName(text, i + 1, parts.Count, part), PartPath(print, i + 1))).ToList())),
        };
        pages.AddRange(parts.Select((part, i) =>
        {
            var path = PartPath(print, i + 1);
            return Page(site, chrome, path, UiText.Format(text.PrintPartTitle, text.PrintTitle, i + 1, parts.Count), UiText.Format(text.PrintPartDescription, i + 1, site.Title),
                () => new PrintBody(Chapters(part, partTargets, path), []))
                with { Key = PageKey.Of(chromeKey, [path, .. part.Select(c => c.Key)]) };
        }));
        return pages;
    }

    private static string PartPath(string print, int number) => print + number.ToString(CultureInfo.InvariantCulture) + "/";

    private static string PartName(UiText text, int number, int count, RenderedPage[] part) =>
        UiText.Format(text.PrintPartLink, number, count, part[0].Page.Meta.Title, part[^1].Page.Meta.Title);

    /// <param name="body">Made only when the page is written: the chapters' rewritten HTML is as large as the chapters.</param>
    private static PageToRender Page(Content.SiteConfig site, SiteChrome chrome, string path, string title, string description, Func<PrintBody> body) =>
        new(path, () => new PageView(chrome, title, description, site.BaseUrl + path, path, body(), JsonLd: null), null);

    /// <param name="printedAt">A chapter's address -> the print page it is on.</param>
    /// <param name="here">The address of the print page being made.</param>
    private static List<PrintChapter> Chapters(IEnumerable<RenderedPage> chapters, IReadOnlyDictionary<string, PrintedAt> printedAt, string here) =>
        chapters.Select(c =>
        {
            var prefix = c.Page.Slug + "--";
            return new PrintChapter(
                ChapterId(c.Page.Slug),
                c.Page.Meta.Title,
                Rewrite(c.Html, prefix, printedAt, here),
                SourceEntries.From(c.Sources, prefix),
                ArticlePages.Review(c.Page.Meta),
                prefix + "sources");
        }).ToList();

    private static string ChapterId(string slug) => "chapter-" + slug;

    /// <summary>
    /// A look at the tag's text before its attributes are read: most tags of a chapter carry none of
    /// these, and reading every tag's attributes across thousands of chapters was measurable.
    /// </summary>
    private static bool MayReferToAnId(ReadOnlySpan<char> tag) =>
        tag.Contains("id", StringComparison.OrdinalIgnoreCase) || tag.Contains("href", StringComparison.OrdinalIgnoreCase)
        || tag.Contains("aria-", StringComparison.OrdinalIgnoreCase) || tag.Contains("url(#", StringComparison.Ordinal);

    /// <summary>
    /// Rewrites the chapter's own HTML tag by tag; the text between tags is copied as it is. Every id
    /// gets the chapter's prefix, and so does every reference to one inside the chapter (a link to
    /// "#id", aria-labelledby and aria-describedby, an SVG's href="#id" and url(#id)), so a figure
    /// keeps its arrowheads and its name.
    /// </summary>
    private static string Rewrite(string html, string prefix, IReadOnlyDictionary<string, PrintedAt> printedAt, string here)
    {
        var output = new StringBuilder(html.Length + 256);
        var copied = 0;
        foreach (var tag in HtmlTagReader.Read(html))
        {
            var level = tag.HeadingLevel;
            var demote = level is >= 2 and <= 5;
            var changes = demote || (!tag.IsEnd && MayReferToAnId(html.AsSpan(tag.Start, tag.End - tag.Start)) && tag.Attributes.Any(a => a.Name is "id" or "aria-labelledby" or "aria-describedby"
                || (a.Name is "href" or "xlink:href" && (tag.Name == "a" || a.Value.StartsWith('#')))
                || a.Value.Contains("url(#", StringComparison.Ordinal)));
            if (!changes)
            {
                continue;
            }

            output.Append(html, copied, tag.Start - copied);
            copied = tag.End;
            output.Append('<');
            if (tag.IsEnd)
            {
                output.Append('/');
            }

            output.Append(demote ? "h" + (level + 1).ToString(CultureInfo.InvariantCulture) : tag.Name);
            foreach (var attribute in tag.Attributes)
            {
                var value = attribute.Name switch
                {
                    "id" => prefix + attribute.Value,
                    "aria-labelledby" or "aria-describedby" => string.Join(' ', attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => prefix + id)),
                    "href" or "xlink:href" when attribute.Value.StartsWith('#') => "#" + prefix + attribute.Value[1..],
                    "href" when tag.Name == "a" => PrintTarget(attribute.Value, printedAt, here) ?? attribute.Value,
                    _ => attribute.Value.Replace("url(#", "url(#" + prefix, StringComparison.Ordinal),
                };
                output.Append(' ').Append(attribute.Name).Append("=\"").Append(EscapeAttribute(value)).Append('"');
            }

            // SVG inside HTML needs its self-closing slash: "<path ... >" would swallow what follows.
            output.Append(html[tag.End - 2] == '/' ? "/>" : ">");
        }

        return output.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>"/symptoms/" -> "#chapter-symptoms"; "/symptoms/#jerks" -> "#symptoms--jerks", after the address of another part when the chapter is printed there.</summary>
    private static string? PrintTarget(string href, IReadOnlyDictionary<string, PrintedAt> printedAt, string here)
    {
        if (!href.StartsWith('/'))
        {
            return null;
        }

        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? href : href[..hash];
        if (!printedAt.TryGetValue(path, out var at))
        {
            return null;
        }

        var (page, slug) = at;
        return (page == here ? "" : page) + (hash < 0 ? "#" + ChapterId(slug) : "#" + slug + "--" + href[(hash + 1)..]);
    }

    private static string EscapeAttribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Where a chapter is printed: the print page's address, and the slug its ids are prefixed with there.</summary>
    private sealed record PrintedAt(string Page, string Slug);
}
