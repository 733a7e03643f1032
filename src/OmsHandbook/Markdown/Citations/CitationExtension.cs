using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace OmsHandbook.Markdown.Citations;

/// <summary>Registers the [@key] parser ahead of links, and its renderer.</summary>
public sealed class CitationExtension(MarkdownWords words) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CitationRenderer>())
        {
            html.ObjectRenderers.Insert(0, new CitationRenderer(words));
        }
    }
}
