using Markdig.Syntax;
using OmsHandbook.Markdown.CareCards;
using OmsHandbook.Markdown.ChapterLinks;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Markdown.ExternalLinks;
using OmsHandbook.Markdown.GlossaryLinks;
using OmsHandbook.Markdown.Images;
using OmsHandbook.Markdown.RawHtml;
using OmsHandbook.Pipeline;

namespace OmsHandbook.Markdown;

/// <summary>
/// Everything that needs the whole site to finish a parsed document: links to other pages,
/// glossary links, citation numbers, images, and the content rules checked on the tree.
/// </summary>
public sealed class MarkdownResolver(ChapterLinkResolver chapterLinks, GlossaryLinker glossary, ImageResolver images, DiagnosticBag diagnostics)
{
    public void Resolve(ParsedMarkdown parsed, CitationNumbering citations, GlossaryUsage usage)
    {
        var (document, source) = (parsed.Document, parsed.Source);
        RawHtmlGuard.Check(document, source, diagnostics);
        CareCardRules.Apply(document, source, diagnostics);
        glossary.Link(document, source, usage, diagnostics);
        chapterLinks.Resolve(document, source, parsed.Ids, diagnostics);
        images.Resolve(document, source, diagnostics);
        ExternalLinkMarker.Mark(document);
        foreach (var citation in document.Descendants<CitationInline>())
        {
            citations.Number(citation, source, diagnostics);
        }
    }
}
