using Markdig.Renderers.Html;
using Markdig.Syntax;
using OmsHandbook.Content;

namespace OmsHandbook.Markdown.HeadingIds;

/// <summary>
/// Gives every h2–h6 a stable id made from its text, unique on the page: a repeated heading gets
/// "-2", "-3". Ids the layout itself uses are never given, so they never clash.
/// </summary>
public static class HeadingIdAssigner
{
    /// <param name="isReserved">The ids the page's layout writes around the body.</param>
    public static IReadOnlyList<HeadingInfo> Assign(MarkdownDocument document, Func<string, bool> isReserved, string idPrefix = "")
    {
        var ids = new UniqueIds(isReserved);
        var headings = new List<HeadingInfo>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level < 2)
            {
                continue;
            }

            var text = InlineText.Of(heading.Inline);
            var baseId = idPrefix + (Slug.From(text) is { Length: > 0 } slug ? slug : "section");
            var id = ids.Claim(baseId);
            heading.GetAttributes().Id = id;
            headings.Add(new HeadingInfo(heading.Level, text, id));
        }

        return headings;
    }
}
