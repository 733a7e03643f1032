using OmsHandbook.Core;
using OmsHandbook.Markdown;
using OmsHandbook.Readability;
using OmsHandbook.Search;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Stage 4 (whole site, made of page stages): each page streams through Render, Prose and Sections
/// on every core, its syntax tree let go as soon as it is through; then the FAQ answers and glossary
/// definitions are rendered and read. With a memo (the preview's), a page whose render key is
/// unchanged comes back as it was, with what its stages reported, and so do the FAQ answers and
/// definitions when neither their files nor the render context changed.
/// </summary>
public sealed class RenderPhase(HandbookMarkdown markdown, BuildMemo? memo = null) : ISiteStage<SiteOutline, RenderedHandbook>
{
    public RenderedHandbook Run(SiteOutline outline, BuildContext context)
    {
        var site = outline.Content.Site;
        var render = new RenderStage(markdown, outline);
        var prose = new ProseStage(site);
        var sections = new SectionStage();
        var pages = outline.Pages
            .AsParallel().AsOrdered()
            .WithCancellation(context.Cancellation)
            .Select(page =>
            {
                var made = memo is null || page.Key is null ? ThroughPageStages(page) : memo.Renders.GetOrMake(page.Key, () => ThroughPageStages(page));
                context.Diagnostics.AddRange(made.Found);
                return made.Rendered;
            })
            .ToList();

        var entries = memo is null || outline.ContextKey is null
            ? new RenderEntriesStage(markdown).Run(outline, context)
            : RememberedEntries(memo.Entries, MemoKeys.Entries(outline.Content, outline.ContextKey));
        var rendered = new RenderedContent(pages[0], pages.Skip(1).ToList(), entries.Faq, entries.FaqSources, entries.Glossary, entries.GlossarySources);
        var readability = pages.Select(p => p.Readability).ToList();
        // A first look shows only the saved pages; the FAQ's and glossary's readability waits for the whole build.
        var entryPages = context.Scope.IsWholeSite ? new[] { PageProse.OfFaq(outline.Content, entries), PageProse.OfGlossary(outline.Content, entries) } : [];
        foreach (var page in entryPages.OfType<PageProse>())
        {
            readability.Add(prose.Run(page, context));
        }

        return new RenderedHandbook(rendered, readability);

        RenderedEntries RememberedEntries(Memo<EntriesRender> entriesMemo, string key)
        {
            var made = entriesMemo.GetOrMake(key, () =>
            {
                var found = new DiagnosticBag();
                return new EntriesRender(new RenderEntriesStage(markdown).Run(outline, context with { Diagnostics = found }), found.Sorted());
            });
            context.Diagnostics.AddRange(made.Found);
            return made.Entries;
        }

        // What a page's stages report is kept with what they made, so the memo reports it again.
        PageRender ThroughPageStages(OutlinedPage page)
        {
            var found = new DiagnosticBag();
            var pageContext = context with { Diagnostics = found };
            var html = render.Run(page, pageContext);
            var rendered = new RenderedPage(page.Page, html.Html, html.Parsed.Headings, html.Sources, html.TermsUsed,
                prose.Run(PageProse.Of(html), pageContext), sections.Run(html, pageContext)) { Key = page.Key };
            return new PageRender(rendered, found.Sorted());
        }
    }
}

/// <summary>Everything rendered, and each page's readability (the Markdown pages, then the FAQ and the glossary).</summary>
public sealed record RenderedHandbook(RenderedContent Rendered, IReadOnlyList<PageReadability> Readability);
