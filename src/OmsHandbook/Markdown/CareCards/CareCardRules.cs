using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown.Citations;

namespace OmsHandbook.Markdown.CareCards;

/// <summary>Checks each card against the care-card pattern and fits its heading into the page outline.</summary>
public sealed class CareCardRules(UrgencyScale? urgency = null) : IMarkdownPass
{
    public void Run(ParsedMarkdown parsed, PassContext context)
    {
        var lastHeadingLevel = 1;
        foreach (var block in parsed.Document.Descendants<Block>())
        {
            if (block is HeadingBlock heading)
            {
                lastHeadingLevel = heading.Level;
            }
            else if (block is CareCard card)
            {
                card.SetData(CareCardRenderer.HeadingLevelKey, Math.Min(6, lastHeadingLevel + 1));
                Check(card, parsed.Source, context.Diagnostics, urgency);
            }
        }
    }

    /// <summary>One scale of words for when to act, so the same sign never gets two urgencies (issue 14.3).</summary>
    private static void CheckWording(string heading, CareCardLevel level, UrgencyScale urgency, SourceLocation at, DiagnosticBag diagnostics)
    {
        var card = level.CssName();
        var aCard = (level == CareCardLevel.NonUrgent ? "a " : "an ") + card;
        var allowed = string.Join("', '", urgency.WordsFor(card));
        var fix = allowed.Length > 0
            ? $"start {aCard} card's heading with '{allowed}'"
            : $"site.yml's urgency_scale has no words for {card} cards; add them there or use another level";
        switch (urgency.StartOf(heading))
        {
            case { } words when words.Card != card:
                diagnostics.Error(DiagnosticCodes.CareCardWording, at,
                    $"'{words.Words}' is {words.Card} on the urgency scale, but this is {aCard} card; make the level '::: {words.Card}', or {fix}");
                break;
            case null:
                diagnostics.Error(DiagnosticCodes.CareCardWording, at,
                    $"this {card} card's heading does not start with words from the urgency scale in site.yml; {fix}");
                break;
        }
    }

    private static bool IsPhoneLink(LinkInline link) =>
        !link.IsImage && link.Url is { } url && url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);

    private static void Check(CareCard card, MarkdownSource source, DiagnosticBag diagnostics, UrgencyScale? urgency)
    {
        var at = source.At(card);
        // Markdig ends an unclosed fence at the end of the document, so the card would silently swallow the rest of the page.
        if (!card.IsClosed)
        {
            diagnostics.Error(DiagnosticCodes.InvalidCareCard, at,
                $"this care card ('::: {card.Info}') is never closed, so everything after it on the page would be inside it; add a line with only ':::' after its last bullet");
        }

        var level = card.Level;
        var heading = card.Arguments?.Trim() ?? "";
        if (heading.Length == 0 || !heading.EndsWith(':'))
        {
            diagnostics.Error(DiagnosticCodes.InvalidCareCard, at,
                "a care card needs a heading after its level that states one action and ends with a colon, e.g. '::: urgent Call your care team today if:'");
        }

        if (urgency is not null && heading.Length > 0)
        {
            CheckWording(heading, level, urgency, at, diagnostics);
        }

        var bullets = card.OfType<ListBlock>().Sum(list => list.Count);
        if (bullets > level.MaxBullets())
        {
            diagnostics.Error(DiagnosticCodes.InvalidCareCard, at,
                $"a {level.CssName()} care card has at most {level.MaxBullets()} bullets, but this one has {bullets}; keep the most important");
        }

        // A tel: link is the card's own action (call now), so it is the one kind of link an emergency card may carry.
        if (level == CareCardLevel.Emergency
            && (card.Descendants<LinkInline>().Any(link => !IsPhoneLink(link)) || card.Descendants<CitationInline>().Any()))
        {
            diagnostics.Error(DiagnosticCodes.InvalidCareCard, at,
                "an emergency care card must not contain links or citations, except tap-to-call numbers such as [999](tel:999): the reader's only action is to get help now; cite the advice in the text after the card");
        }
    }
}
