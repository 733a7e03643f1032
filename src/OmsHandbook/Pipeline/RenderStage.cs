using OmsHandbook.Content;
using OmsHandbook.Markdown;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Markdown.GlossaryLinks;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Stage 4a (per page): resolves a page's links, glossary terms, citations and care cards against the
/// site's outline, and renders it to HTML. The syntax tree travels on, for the prose and section stages.
/// </summary>
public sealed class RenderStage(HandbookMarkdown markdown, SiteOutline outline) : IPageStage<OutlinedPage, RenderedMarkdown>
{
    public RenderedMarkdown Run(OutlinedPage page, BuildContext context)
    {
        var parsed = page.TakeParsed() ?? OutlineStage.Parse(markdown, page.Page);
        var numbering = new CitationNumbering(outline.References);
        var usage = new GlossaryUsage(autoLink: true);
        outline.Linking.Resolver(context.Diagnostics).Resolve(parsed, numbering, usage);
        return new RenderedMarkdown(page.Page, parsed, markdown.ToHtml(parsed.Document), numbering.Sources, usage.LinkedSlugs);
    }
}

/// <summary>A page rendered to HTML, still with its syntax tree for the page stages that read it.</summary>
public sealed record RenderedMarkdown(ContentPage Page, ParsedMarkdown Parsed, string Html, IReadOnlyList<Reference> Sources, IReadOnlySet<string> TermsUsed);
