using Markdig;
using Markdig.Renderers;

namespace OmsHandbook.Markdown.GlossaryLinks;

/// <summary>
/// Registers the glossary link renderer. There is no parser: links are made after parsing by
/// <see cref="GlossaryLinker"/>, which needs the whole glossary and the page's state.
/// </summary>
public sealed class GlossaryLinkExtension(MarkdownWords words) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<GlossaryLinkRenderer>())
        {
            html.ObjectRenderers.Insert(0, new GlossaryLinkRenderer(words));
        }
    }
}
