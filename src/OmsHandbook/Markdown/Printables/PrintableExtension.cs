using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace OmsHandbook.Markdown.Printables;

/// <summary>
/// The part of a page to print, written as a fenced block ("::: printable landscape" … ":::").
/// Printing the page then prints that block alone, in black on white, on one sheet.
/// </summary>
/// <remarks>Register after care cards: its parser must see a <c>:::</c> fence before theirs does.</remarks>
public sealed class PrintableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<PrintableParser>())
        {
            var containers = pipeline.BlockParsers.FindIndex(parser => parser is CustomContainerParser);
            pipeline.BlockParsers.Insert(Math.Max(0, containers), new PrintableParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<PrintableRenderer>())
        {
            html.ObjectRenderers.Insert(0, new PrintableRenderer());
        }
    }
}
