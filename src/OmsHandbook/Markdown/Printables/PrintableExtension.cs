using Markdig;
using Markdig.Renderers;
using OmsHandbook.Markdown.Containers;

namespace OmsHandbook.Markdown.Printables;

/// <summary>
/// The part of a page to print, written as a fenced block ("::: printable landscape" … ":::").
/// Printing the page then prints that block alone, in black on white, on one sheet.
/// </summary>
public sealed class PrintableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        ContainerParser.In(pipeline).Kinds.Add([PrintableBlock.Name], parser => new PrintableBlock(parser));

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<PrintableRenderer>())
        {
            html.ObjectRenderers.Insert(0, new PrintableRenderer());
        }
    }
}
