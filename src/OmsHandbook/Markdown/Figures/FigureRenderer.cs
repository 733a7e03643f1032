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
        // The description goes inside the caption: a figure's caption must be its first or last child.
        renderer.Write("<figcaption>").WriteEscape(obj.Caption);
        if (obj.Figure.Description is { } description)
        {
            renderer.WriteLine().Write("<details class=\"figure-description\"><summary>Describe this picture</summary><p>")
                .WriteEscape(description)
                .Write("</p></details>");
        }

        renderer.WriteLine("</figcaption>");
        renderer.WriteLine("</figure>");
    }
}
