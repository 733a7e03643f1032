using Markdig;
using Markdig.Renderers;

namespace OmsHandbook.Markdown.Figures;

/// <summary>Draws SVG figures inline: <see cref="FigurePlacer"/> turns their images into <see cref="FigureBlock"/>s, and this registers their renderer.</summary>
public sealed class FigureExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<FigureRenderer>())
        {
            html.ObjectRenderers.Add(new FigureRenderer());
        }
    }
}
