using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace OmsHandbook.Markdown.Tables;

/// <summary>Wraps every table in a focusable region that scrolls sideways, so a wide table never widens the page.</summary>
/// <remarks>Register after pipe tables: it wraps the table renderer they added.</remarks>
public sealed class ScrollableTableExtension(MarkdownWords words) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.Find<HtmlTableRenderer>() is { } tables)
        {
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollableTableRenderer(tables, words));
        }
    }
}
