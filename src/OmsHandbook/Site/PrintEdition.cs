using System.Globalization;
using System.Text;
using OmsHandbook.Html;
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
        var chapters = rendered.Chapters.Select(c =>
        {
            var prefix = c.Page.Slug + "--";
            return new PrintChapter(
                ChapterId(c.Page.Slug),
                c.Page.Meta.Title,
                Rewrite(c.Html, prefix, slugs),
                SourceEntries.From(c.Sources, prefix),
                ArticlePages.Review(c.Page.Meta),
                prefix + "sources");
        }).ToList();

        var view = new PageView(chrome, Title, $"Every chapter of the {site.Title} on one page, to print or save as a PDF.",
            site.BaseUrl + SitePaths.Print, SitePaths.Print, new PrintBody(chapters), JsonLd: null);
        return new PageToRender(SitePaths.Print, view, null);
    }

    private static string ChapterId(string slug) => "chapter-" + slug;

    /// <summary>Rewrites the chapter's own HTML tag by tag; the text between tags is copied as it is.</summary>
    private static string Rewrite(string html, string prefix, IReadOnlySet<string> slugs)
    {
        var output = new StringBuilder(html.Length + 256);
        var copied = 0;
        foreach (var tag in HtmlTagReader.Read(html))
        {
            var level = tag.HeadingLevel;
            var demote = level is >= 2 and <= 5;
            var changes = demote || tag.Has("id") || (tag.Name == "a" && tag.Has("href"));
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
                    "href" when tag.Name == "a" && attribute.Value.StartsWith('#') => "#" + prefix + attribute.Value[1..],
                    "href" when tag.Name == "a" => InPageTarget(attribute.Value, slugs) ?? attribute.Value,
                    _ => attribute.Value,
                };
                output.Append(' ').Append(attribute.Name).Append("=\"").Append(EscapeAttribute(value)).Append('"');
            }

            output.Append('>');
        }

        return output.Append(html, copied, html.Length - copied).ToString();
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

    private static string EscapeAttribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
