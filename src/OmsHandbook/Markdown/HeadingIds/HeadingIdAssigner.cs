using Markdig.Renderers.Html;
using Markdig.Syntax;
using OmsHandbook.Content;

namespace OmsHandbook.Markdown.HeadingIds;

/// <summary>
/// Gives every h2–h6 a stable id made from its text, unique on the page: a repeated heading gets
/// "-2", "-3". Ids the layout itself uses are taken before any heading, so they never clash.
/// </summary>
public static class HeadingIdAssigner
{
    /// <summary>Ids the page layout writes around the Markdown body.</summary>
    public static readonly IReadOnlyList<string> LayoutIds =
        ["main-content", "page-title", "on-this-page", "sources", "page-review", "chapter-navigation", "site-search"];

    public static IReadOnlyList<HeadingInfo> Assign(MarkdownDocument document, string idPrefix = "")
    {
        var used = new HashSet<string>(LayoutIds, StringComparer.Ordinal);
        var headings = new List<HeadingInfo>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level < 2)
            {
                continue;
            }

            var text = InlineText.Of(heading.Inline);
            var baseId = idPrefix + (Slug.From(text) is { Length: > 0 } slug ? slug : "section");
            var id = baseId;
            for (var n = 2; !used.Add(id); n++)
            {
                id = baseId + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            heading.GetAttributes().Id = id;
            headings.Add(new HeadingInfo(heading.Level, text, id));
        }

        return headings;
    }
}
