using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace OmsHandbook.Markdown.Citations;

/// <summary>Writes a citation as bracketed numbers that link to the page's "Sources" list.</summary>
public sealed class CitationRenderer(MarkdownWords words) : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline obj)
    {
        renderer.Write("<sup class=\"citation\">[");
        for (var i = 0; i < obj.Numbers.Count; i++)
        {
            var number = obj.Numbers[i].ToString(CultureInfo.InvariantCulture);
            if (i > 0)
            {
                renderer.Write(", ");
            }

            renderer.Write("<a href=\"#").Write(SourceAnchor.For(obj.Numbers[i])).Write("\" aria-label=\"")
                .Write(string.Format(CultureInfo.InvariantCulture, words.SourceNumber, number)).Write("\">").Write(number).Write("</a>");
        }

        renderer.Write("]</sup>");
    }
}
