using Markdig;
using Markdig.Renderers;
using OmsHandbook.Markdown.Containers;

namespace OmsHandbook.Markdown.KeyPoints;

/// <summary>
/// A box of a page's key points, written as a fenced block ("::: key-points", a heading, the points, ":::"),
/// shown as a region named by its heading.
/// </summary>
public sealed class KeyPointsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        ContainerParser.In(pipeline).Kinds.Add([KeyPointsBlock.Name], parser => new KeyPointsBlock(parser));

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<KeyPointsRenderer>())
        {
            html.ObjectRenderers.Insert(0, new KeyPointsRenderer());
        }
    }
}
