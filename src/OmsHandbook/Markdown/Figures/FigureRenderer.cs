using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace OmsHandbook.Markdown.Figures;

/// <summary>
/// Writes a figure: the SVG inline (so the theme's classes colour it in light, dark and print), named by
/// its own &lt;title&gt;; the caption; and, when the drawing has a &lt;desc&gt;, a "Describe this picture"
/// disclosure, so the longer description is on the page for everyone, not only for screen readers.
/// </summary>
public sealed class FigureRenderer : HtmlObjectRenderer<FigureBlock>
{
    protected override void Write(HtmlRenderer renderer, FigureBlock obj)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<figure class=\"figure\">");
        renderer.WriteLine(obj.Figure.Markup);
        renderer.Write("<figcaption>").WriteEscape(obj.Caption).WriteLine("</figcaption>");
        if (obj.Figure.Description is { } description)
        {
            renderer.Write("<details class=\"figure-description\"><summary>Describe this picture</summary><p>")
                .WriteEscape(description)
                .WriteLine("</p></details>");
        }

        renderer.WriteLine("</figure>");
    }
}
