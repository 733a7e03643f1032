using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace OmsHandbook.Markdown.Containers;

/// <summary>Writes a block as a <c>&lt;section&gt;</c> named by its own first heading, so the region a screen reader lists has the name the page shows.</summary>
public static class LabelledSection
{
    public static void Write(HtmlRenderer renderer, string classes, ContainerBlock block)
    {
        renderer.EnsureLine();
        renderer.Write("<section class=\"").Write(classes).Write('"');
        if (block.FirstOrDefault() is HeadingBlock heading && heading.GetAttributes().Id is { Length: > 0 } id)
        {
            renderer.Write(" aria-labelledby=\"").Write(WebUtility.HtmlEncode(id)).Write('"');
        }

        renderer.WriteLine(">");
        renderer.WriteChildren(block);
        renderer.EnsureLine();
        renderer.WriteLine("</section>");
    }
}
