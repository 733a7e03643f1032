using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace OmsHandbook.Markdown.CareCards;

/// <summary>Writes a care card: a heading with a hidden urgency prefix, then its content.</summary>
public sealed class CareCardRenderer(MarkdownWords words) : HtmlObjectRenderer<CareCard>
{
    /// <summary>Key under which <see cref="CareCardRules"/> stores the heading level that fits the page outline.</summary>
    public static readonly object HeadingLevelKey = new();

    protected override void Write(HtmlRenderer renderer, CareCard obj)
    {
        var level = obj.Level;
        var headingLevel = (obj.GetData(HeadingLevelKey) as int? ?? 3).ToString(CultureInfo.InvariantCulture);
        renderer.EnsureLine();
        renderer.Write("<div class=\"care-card care-card--").Write(level.CssName()).Write("\">");
        renderer.Write("<h").Write(headingLevel).Write(" class=\"care-card__heading\">");
        renderer.Write("<span class=\"visually-hidden\">").Write(level.HiddenPrefix(words)).Write("</span>");
        renderer.WriteEscape(obj.Arguments ?? "");
        renderer.Write("</h").Write(headingLevel).Write(">");
        renderer.Write("<div class=\"care-card__content\">");
        renderer.WriteChildren(obj);
        renderer.Write("</div></div>");
        renderer.EnsureLine();
    }
}
