using OmsHandbook.Content;
using OmsHandbook.ContentLint;
using OmsHandbook.Core;
using OmsHandbook.Markdown.Prose;
using OmsHandbook.Readability;
using OmsHandbook.Search;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Stage 3b: reads the words of every rendered page, as a reviewer would. Scores readability
/// (a warning above the site's SMOG ceiling on pages families read) and lints for known-wrong
/// claims, uncited figures and doses. The render stage hands each Markdown page over as soon as it
/// is rendered (<see cref="ReadPage"/>), so no page's prose outlives its own render; the FAQ and
/// the glossary are read here once all their entries are rendered.
/// </summary>
public sealed class ProseStage
{
    /// <summary>Reads one home page or chapter: its title, its prose and its description.</summary>
    public static PageReadability ReadPage(ContentPage page, IReadOnlyList<ProseBlock> prose, int ceiling, DiagnosticBag diagnostics, UrgencyScale? urgency = null) =>
        Read(new PageProse(page.File.DisplayPath, page.Meta.Audience,
                [ProseBlock.Plain(ProseKind.Heading, page.Meta.Title, page.Meta.Location), .. prose],
                ProseBlock.Plain(ProseKind.Paragraph, page.Meta.Description, page.Meta.Location)),
            ceiling, diagnostics, urgency);

    /// <returns>Every page's readability: the Markdown pages (read while rendering), then the FAQ and the glossary.</returns>
    public IReadOnlyList<PageReadability> Run(HandbookContent content, RenderedContent rendered, BuildContext context)
    {
        var pages = new List<PageProse>();
        if (rendered.Faq.Count > 0)
        {
            pages.Add(new PageProse(content.FaqFile.DisplayPath, Audience.Everyone,
                rendered.Faq.SelectMany(f => f.Prose.Prepend(ProseBlock.Plain(ProseKind.Heading, f.Entry.Question, f.Entry.Location))).ToList(),
                Description: null));
        }

        if (rendered.Glossary.Count > 0)
        {
            pages.Add(new PageProse(content.GlossaryFile.DisplayPath, Audience.Everyone,
                rendered.Glossary.SelectMany(g => g.Prose.Prepend(ProseBlock.Plain(ProseKind.Heading, g.Term.Term, g.Term.Location))).ToList(),
                Description: null));
        }

        var ceiling = content.Site.SmogCeiling;
        return [.. rendered.Pages.Select(p => p.Readability), .. pages.Select(page => Read(page, ceiling, context.Diagnostics, content.Site.Urgency))];
    }

    private static PageReadability Read(PageProse page, int ceiling, DiagnosticBag diagnostics, UrgencyScale? urgency)
    {
        ContentLinter.Check(page.Description is null ? page.Blocks : page.Blocks.Append(page.Description), page.Audience, diagnostics);
        UrgencyLint.Check(page.Blocks, urgency, diagnostics);
        var readability = PageReadability.Measure(page.File, page.Audience, page.Blocks);
        if (readability.ReadByFamilies && readability.Smog > ceiling)
        {
            var worst = string.Join("; ", readability.HardestSentences.Select(s =>
                $"line {s.Location.Line}: \"{Shorten(s.Text)}\" ({s.Words} words, {s.LongWords} of 3+ syllables)"));
            diagnostics.Warning(DiagnosticCodes.HardToRead, page.Blocks[0].LocationOf(0),
                $"SMOG grade {readability.Smog:0.0} is above this site's ceiling of {ceiling} for a page families read; shorten the hardest sentences and use shorter words: {worst}");
        }

        return readability;
    }

    private static string Shorten(string sentence) => sentence.Length <= 80 ? sentence : sentence[..77] + "...";

    private sealed record PageProse(string File, Audience Audience, IReadOnlyList<ProseBlock> Blocks, ProseBlock? Description);
}
