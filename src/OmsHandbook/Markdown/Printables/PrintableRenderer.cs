using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace OmsHandbook.Markdown.Printables;

/// <summary>
/// Writes a printable block as a <c>&lt;section class="printable"&gt;</c> named by its first heading; the
/// stylesheet prints that section alone when it sits directly in a page's prose.
/// </summary>
public sealed class PrintableRenderer : HtmlObjectRenderer<PrintableBlock>
{
    protected override void Write(HtmlRenderer renderer, PrintableBlock obj)
    {
        var orientation = obj.IsLandscape ? PrintableBlock.Landscape : PrintableBlock.Portrait;
        renderer.EnsureLine();
        renderer.Write("<section class=\"printable printable--").Write(orientation).Write('"');
        // The title is the block's own heading, so the region a screen reader lists has the name the paper shows.
        if (obj.FirstOrDefault() is HeadingBlock heading && heading.GetAttributes().Id is { Length: > 0 } id)
        {
            renderer.Write(" aria-labelledby=\"").Write(WebUtility.HtmlEncode(id)).Write('"');
        }

        renderer.WriteLine(">");
        renderer.WriteChildren(obj);
        renderer.EnsureLine();
        renderer.WriteLine("</section>");
    }
}
