using Markdig.Renderers;
using Markdig.Renderers.Html;
using OmsHandbook.Markdown.Containers;

namespace OmsHandbook.Markdown.Printables;

/// <summary>
/// Writes a printable block as a <c>&lt;section class="printable"&gt;</c> named by its first heading; the
/// stylesheet prints that section alone when it sits directly in a page's prose.
/// </summary>
public sealed class PrintableRenderer : HtmlObjectRenderer<PrintableBlock>
{
    protected override void Write(HtmlRenderer renderer, PrintableBlock obj) =>
        LabelledSection.Write(renderer, "printable printable--" + (obj.IsLandscape ? PrintableBlock.Landscape : PrintableBlock.Portrait), obj);
}
