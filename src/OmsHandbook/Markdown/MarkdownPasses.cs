using OmsHandbook.Content;
using OmsHandbook.Markdown.CareCards;
using OmsHandbook.Markdown.ChapterLinks;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Markdown.Containers;
using OmsHandbook.Markdown.ExternalLinks;
using OmsHandbook.Markdown.GlossaryLinks;
using OmsHandbook.Markdown.Images;
using OmsHandbook.Markdown.KeyPoints;
using OmsHandbook.Markdown.LinkSafety;
using OmsHandbook.Markdown.Printables;
using OmsHandbook.Markdown.RawHtml;

namespace OmsHandbook.Markdown;

/// <summary>The passes over every parsed document, in the order they run: the one place that order is written.</summary>
public static class MarkdownPasses
{
    public static IReadOnlyList<IMarkdownPass> InOrder(ChapterLinkResolver chapterLinks, GlossaryLinker glossary, ImageResolver images, UrgencyScale? urgency) =>
    [
        new RawHtmlGuard(),
        // Before every pass that follows a link: it empties an unsafe address and marks the link,
        // so the passes after it skip that link and one mistake gives one message.
        new LinkSafetyGuard(images.InputRoot),
        // Before the glossary linker: an emergency card may hold no links, and a [words](glossary:term)
        // link is no longer a link once the linker has turned it into a glossary link.
        new CareCardRules(urgency),
        new PrintableRules(),
        new KeyPointsRules(),
        new UnknownContainerRules(),
        glossary,
        chapterLinks,
        images,
        new ExternalLinkMarker(),
        new CitationNumberer(),
    ];
}
