using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace OmsHandbook.Markdown.CareCards;

/// <summary>
/// Care cards are written as ::: fenced blocks ("::: urgent Call your care team today if:").
/// Markdig's own container parser reads the fence; our renderer draws the card.
/// </summary>
public sealed class CareCardExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CustomContainerParser>())
        {
            pipeline.BlockParsers.Insert(0, new CustomContainerParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CareCardRenderer>())
        {
            html.ObjectRenderers.Insert(0, new CareCardRenderer());
        }
    }
}
