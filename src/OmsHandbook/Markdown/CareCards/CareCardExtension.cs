using Markdig;
using Markdig.Renderers;
using OmsHandbook.Markdown.Containers;

namespace OmsHandbook.Markdown.CareCards;

/// <summary>
/// Care cards are written as ::: fenced blocks ("::: urgent Call your care team today if:").
/// Each level's name is registered with the ::: container parser; our renderer draws the card.
/// </summary>
public sealed class CareCardExtension(MarkdownWords words) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        ContainerParser.In(pipeline).Kinds.Add(CareCardLevels.Names, parser => new CareCard(parser));

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CareCardRenderer>())
        {
            html.ObjectRenderers.Insert(0, new CareCardRenderer(words));
        }
    }
}
