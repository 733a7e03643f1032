using OmsHandbook.Content;
using OmsHandbook.ContentLint;
using OmsHandbook.Core;
using OmsHandbook.Markdown.Prose;
using OmsHandbook.Readability;
using OmsHandbook.Search;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Stage 4b (per page): reads the words of a page, as a reviewer would, in the edition's language.
/// Scores readability (a warning on pages families read past the site's limit: above its SMOG ceiling
/// in English, below its Szigriszt-Pazos floor in Spanish) and lints for known-wrong claims, uncited
/// figures, doses and urgency words outside the site's scale.
/// </summary>
public sealed class ProseStage(SiteConfig site) : IPageStage<PageProse, PageReadability>
{
    private readonly ProseLanguage language = ProseLanguages.Of(site.Language);
    private readonly ReadabilityStandard standard = ReadabilityStandard.For(site);

    public PageReadability Run(PageProse page, BuildContext context)
    {
        var diagnostics = context.Diagnostics;
        ContentLinter.Check(page.Description is null ? page.Blocks : page.Blocks.Append(page.Description), page.Audience, language, diagnostics);
        UrgencyLint.Check(page.Blocks, site.Urgency, language, diagnostics);
        var readability = standard.Measure(page.File, page.Audience, page.Blocks);
        standard.Judge(readability, page.Blocks[0].LocationOf(0), diagnostics);
        return readability;
    }
}

/// <summary>The words of one published page, in reading order, with who it is for.</summary>
/// <param name="Description">The front matter's description, linted but not scored; null for the FAQ and glossary.</param>
public sealed record PageProse(string File, Audience Audience, IReadOnlyList<ProseBlock> Blocks, ProseBlock? Description)
{
    /// <summary>A home page or chapter: its title, its prose and its description.</summary>
    public static PageProse Of(RenderedMarkdown page)
    {
        var meta = page.Page.Meta;
        return new(page.Page.File.DisplayPath, meta.Audience,
            [ProseBlock.Plain(ProseKind.Heading, meta.Title, meta.Location), .. ProseReader.Read(page.Parsed)],
            ProseBlock.Plain(ProseKind.Paragraph, meta.Description, meta.Location));
    }

    /// <summary>The FAQ page: each question and its answer; null when there are none.</summary>
    public static PageProse? OfFaq(HandbookContent content, RenderedEntries entries) =>
        OfEntries(content.FaqFile, entries.Faq.Select(f => (f.Entry.Question, f.Entry.Location, f.Prose)));

    /// <summary>The glossary page: each term and its definition; null when there are none.</summary>
    public static PageProse? OfGlossary(HandbookContent content, RenderedEntries entries) =>
        OfEntries(content.GlossaryFile, entries.Glossary.Select(g => (g.Term.Term, g.Term.Location, g.Prose)));

    /// <summary>A data file's entries as one page, each read as its heading then its text.</summary>
    private static PageProse? OfEntries(InputFile file, IEnumerable<(string Heading, SourceLocation At, IReadOnlyList<ProseBlock> Prose)> entries)
    {
        var blocks = entries.SelectMany(e => e.Prose.Prepend(ProseBlock.Plain(ProseKind.Heading, e.Heading, e.At))).ToList();
        return blocks.Count == 0 ? null : new(file.DisplayPath, Audience.Everyone, blocks, Description: null);
    }
}
