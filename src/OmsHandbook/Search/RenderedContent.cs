using OmsHandbook.Content;
using OmsHandbook.Markdown.HeadingIds;
using OmsHandbook.Markdown.Prose;
using OmsHandbook.Readability;

namespace OmsHandbook.Search;

// What the render stage hands the stages after it. These records live in the lowest part that reads them:
// the search corpus is built from them, and Site and Pipeline, which read them too, sit above Search.

/// <summary>A Markdown page turned into HTML, with what the rest of the site needs to know about it.</summary>
public sealed record RenderedPage(
    ContentPage Page,
    string Html,
    IReadOnlyList<HeadingInfo> Headings,
    IReadOnlyList<Reference> Sources,
    IReadOnlySet<string> TermsUsed,
    PageReadability Readability,
    IReadOnlyList<PageSection> Sections)
{
    /// <summary>
    /// A content hash of everything the page was rendered from (its file, its place, and what every
    /// page depends on), when the build keeps a memo (the preview's); null otherwise. What is made
    /// from this page is remembered under it.
    /// </summary>
    public string? Key { get; init; }
}

/// <summary>A FAQ answer as HTML, and as the plain text that structured data repeats.</summary>
public sealed record RenderedFaqEntry(FaqEntry Entry, string Html, string PlainText, IReadOnlySet<string> TermsUsed, IReadOnlyList<ProseBlock> Prose);

/// <summary>A glossary definition as HTML.</summary>
public sealed record RenderedGlossaryTerm(GlossaryTerm Term, string Html, IReadOnlyList<ProseBlock> Prose);

/// <summary>Stage 3's product: every piece of Markdown rendered, with page-wide source lists.</summary>
public sealed record RenderedContent(
    RenderedPage Home,
    IReadOnlyList<RenderedPage> Chapters,
    IReadOnlyList<RenderedFaqEntry> Faq,
    IReadOnlyList<Reference> FaqSources,
    IReadOnlyList<RenderedGlossaryTerm> Glossary,
    IReadOnlyList<Reference> GlossarySources)
{
    public IEnumerable<RenderedPage> Pages => Chapters.Prepend(Home);
}
