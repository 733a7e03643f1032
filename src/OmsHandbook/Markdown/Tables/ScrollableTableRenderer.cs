using System.Globalization;
using System.Net;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace OmsHandbook.Markdown.Tables;

/// <summary>
/// Writes a table inside <c>&lt;div class="table-scroll" role="region" tabindex="0"&gt;</c>: keyboard users
/// can scroll it, and screen readers hear which table it is from its column headings.
/// </summary>
public sealed class ScrollableTableRenderer(HtmlTableRenderer table, MarkdownWords words) : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table obj)
    {
        var headings = obj.OfType<TableRow>().FirstOrDefault(r => r.IsHeader)?
            .OfType<TableCell>()
            .Select(cell => string.Join(' ', cell.Descendants<ParagraphBlock>().Select(p => InlineText.Of(p.Inline))))
            .Where(text => text.Length > 0)
            .ToList() ?? [];
        var label = headings.Count > 0 ? string.Format(CultureInfo.InvariantCulture, words.TableNamed, string.Join(", ", headings)) : words.TableUnnamed;
        renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
            .Write(WebUtility.HtmlEncode(label))
            .WriteLine("\">");
        table.Write(renderer, obj);
        renderer.WriteLine("</div>");
    }
}
