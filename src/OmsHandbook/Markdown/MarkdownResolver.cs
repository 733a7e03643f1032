using Markdig.Syntax;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown.CareCards;
using OmsHandbook.Markdown.ChapterLinks;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Markdown.ExternalLinks;
using OmsHandbook.Markdown.GlossaryLinks;
using OmsHandbook.Markdown.Images;
using OmsHandbook.Markdown.LinkSafety;
using OmsHandbook.Markdown.Nesting;
using OmsHandbook.Markdown.Printables;
using OmsHandbook.Markdown.RawHtml;

namespace OmsHandbook.Markdown;

/// <summary>
/// Everything that needs the whole site to finish a parsed document: links to other pages,
/// glossary links, citation numbers, images, and the content rules checked on the tree.
/// </summary>
public sealed class MarkdownResolver(ChapterLinkResolver chapterLinks, GlossaryLinker glossary, ImageResolver images, DiagnosticBag diagnostics, UrgencyScale? urgency = null)
{
    public void Resolve(ParsedMarkdown parsed, CitationNumbering citations, GlossaryUsage usage)
    {
        var (document, source) = (parsed.Document, parsed.Source);
        if (parsed.TooDeepAt is { } deep)
        {
            diagnostics.Error(DiagnosticCodes.NestingTooDeep, deep,
                $"quotes, lists, emphasis or unclosed '[' are nested inside one another more than {NestingGuard.MaxMarkersOnALine} levels deep here; no reader can follow that, so flatten it into separate paragraphs or lists, and close every '['");
            return;
        }

        RawHtmlGuard.Check(document, source, diagnostics);
        LinkSafetyGuard.Check(document, source, images.InputRoot, diagnostics);
        CareCardRules.Apply(document, source, diagnostics, urgency);
        PrintableRules.Check(document, source, diagnostics);
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
