using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace OmsHandbook.Markdown.GlossaryLinks;

/// <summary>
/// Writes a glossary link as a plain link to the glossary entry; the theme's script may turn it
/// into a toggletip, and without JavaScript it stays a working link.
/// </summary>
public sealed class GlossaryLinkRenderer(MarkdownWords words) : HtmlObjectRenderer<GlossaryLinkInline>
{
    protected override void Write(HtmlRenderer renderer, GlossaryLinkInline obj)
    {
        renderer.Write("<a class=\"glossary-link\" href=\"").Write(words.GlossaryPath).Write('#').Write(obj.Term.AnchorId)
            .Write("\" data-term=\"").Write(obj.Term.Slug).Write("\">");
        renderer.WriteChildren(obj);
        renderer.Write("</a>");
    }
}
