using Markdig.Renderers;
using Markdig.Renderers.Html;
using OmsHandbook.Markdown.Containers;

namespace OmsHandbook.Markdown.KeyPoints;

/// <summary>Writes a key-points block as a <c>&lt;section class="key-points"&gt;</c> named by its heading; the stylesheet draws the box.</summary>
public sealed class KeyPointsRenderer : HtmlObjectRenderer<KeyPointsBlock>
{
    protected override void Write(HtmlRenderer renderer, KeyPointsBlock obj) => LabelledSection.Write(renderer, "key-points", obj);
}
