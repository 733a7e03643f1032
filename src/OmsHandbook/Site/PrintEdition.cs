using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using OmsHandbook.Pipeline;
using OmsHandbook.Theme.Models;

namespace OmsHandbook.Site;

/// <summary>
/// /print/: every chapter in order on one page. Each chapter's ids get the chapter's slug as a
/// prefix so they stay unique, headings move down a level under the chapter title, and links
/// between chapters become links within the page.
/// </summary>
public static class PrintEdition
{
    public const string Title = "The whole handbook";

    public static PageToRender Build(Content.SiteConfig site, SiteChrome chrome, RenderedContent rendered)
    {
        var slugs = rendered.Chapters.Select(c => c.Page.Slug).ToHashSet(StringComparer.Ordinal);
        var parser = new HtmlParser();
        var chapters = rendered.Chapters.Select(c =>
        {
            var prefix = c.Page.Slug + "--";
            return new PrintChapter(
                ChapterId(c.Page.Slug),
                c.Page.Meta.Title,
                Rewrite(parser, c.Html, prefix, slugs),
                SourceEntries.From(c.Sources, prefix),
                ArticlePages.Review(c.Page.Meta),
                prefix + "sources");
        }).ToList();

        var view = new PageView(chrome, Title, $"Every chapter of the {site.Title} on one page, to print or save as a PDF.",
            site.BaseUrl + SitePaths.Print, SitePaths.Print, new PrintBody(chapters), JsonLd: null);
        return new PageToRender(SitePaths.Print, view, null);
    }

    private static string ChapterId(string slug) => "chapter-" + slug;

    private static string Rewrite(HtmlParser parser, string html, string prefix, IReadOnlySet<string> slugs)
    {
        var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var body = document.Body!;
        foreach (var element in body.QuerySelectorAll("[id]"))
        {
            element.Id = prefix + element.Id;
        }

        foreach (var link in body.QuerySelectorAll("a[href]"))
        {
            var href = link.GetAttribute("href")!;
            if (href.StartsWith('#'))
            {
                link.SetAttribute("href", "#" + prefix + href[1..]);
            }
            else if (InPageTarget(href, slugs) is { } target)
            {
                link.SetAttribute("href", target);
            }
        }

        foreach (var heading in body.QuerySelectorAll("h2, h3, h4, h5").ToList())
        {
            Demote(document, heading);
        }

        return body.InnerHtml;
    }

    /// <summary>"/symptoms/" -> "#chapter-symptoms"; "/symptoms/#jerks" -> "#symptoms--jerks".</summary>
    private static string? InPageTarget(string href, IReadOnlySet<string> slugs)
    {
        if (!href.StartsWith('/'))
        {
            return null;
        }

        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? href : href[..hash];
        var slug = path.Trim('/');
        if (!slugs.Contains(slug) || path != "/" + slug + "/")
        {
            return null;
        }

        return hash < 0 ? "#" + ChapterId(slug) : "#" + slug + "--" + href[(hash + 1)..];
    }

    private static void Demote(IDocument document, IElement heading)
    {
        var level = heading.LocalName[1] - '0';
        var replacement = document.CreateElement("h" + (level + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var attribute in heading.Attributes)
        {
            replacement.SetAttribute(attribute.Name, attribute.Value);
        }

        while (heading.FirstChild is { } child)
        {
            replacement.AppendChild(child);
        }

        heading.Replace(replacement);
    }
}
