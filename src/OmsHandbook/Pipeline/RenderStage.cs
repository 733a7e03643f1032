using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown;
using OmsHandbook.Markdown.ChapterLinks;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Markdown.GlossaryLinks;
using OmsHandbook.Markdown.Images;
using OmsHandbook.Markdown.Prose;
using OmsHandbook.Search;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Stage 3: Markdown to HTML. Every page is parsed first, so links can be checked against the
/// headings of any other page; then each is resolved and rendered, pages in parallel, and its prose
/// read at once. With a <see cref="RenderCache"/> (the preview's), unchanged pages are neither
/// parsed nor rendered again when nothing they depend on changed.
/// </summary>
public sealed class RenderStage(HandbookMarkdown markdown, RenderCache? cache = null)
{
    public RenderedContent Run(HandbookContent content, BuildContext context)
    {
        var inputRoot = Path.GetFullPath(context.Options.InputDirectory);
        var pages = content.Pages.ToList();
        var cached = pages.Select(page => cache?.Find(page)).ToArray();
        var parsedPages = pages
            .Select((page, i) => (Page: page, Cached: cached[i]))
            .AsParallel().AsOrdered()
            .WithCancellation(context.Cancellation)
            .Select(p => p.Cached is null ? Parse(p.Page) : null)
            .ToArray();
        var headings = pages.Select((_, i) => parsedPages[i]?.Headings ?? cached[i]!.Rendered.Headings).ToList();
        cache?.SetContext(RenderCache.Context(content, pages.Zip(headings)));

        // Made only of what the context holds, so the preview makes it again only when that changes.
        var links = cache?.Linking ?? new PageLinking(
            new ChapterLinkResolver(new LinkTargets(pages.Select((page, i) =>
                new LinkTarget(page.File.FullPath, Path.GetFileName(page.File.FullPath), page.UrlPath, headings[i].Select(h => h.Id).ToHashSet(StringComparer.Ordinal))))),
            new GlossaryLinker(new GlossaryIndex(content.Glossary)),
            new ImageResolver(Path.Combine(inputRoot, "media"), content.Media.Select(m => m.RelativePath).ToHashSet(StringComparer.Ordinal)),
            content.Site.Urgency);
        cache?.Linking = links;
        var resolver = links.Resolver(context.Diagnostics);
        var references = content.References
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var renderedAgain = 0;
        // Each page's syntax tree is let go as soon as the page is rendered: held together they were
        // the largest thing in memory.
        var rendered = pages
            .Select((page, i) => (Page: page, Index: i))
            .AsParallel().AsOrdered()
            .WithCancellation(context.Cancellation)
            .Select(p =>
            {
                var parsed = Interlocked.Exchange(ref parsedPages[p.Index], null);
                var previous = cached[p.Index];
                if (previous is not null && cache!.IsCurrent(previous))
                {
                    context.Diagnostics.AddRange(previous.Found);
                    return previous.Rendered;
                }

                var found = new DiagnosticBag();
                var page = RenderPage(p.Page, parsed ?? Parse(p.Page), links.Resolver(found), references, content.Site.SmogCeiling, found, content.Site.Urgency);
                var diagnostics = found.Sorted();
                context.Diagnostics.AddRange(diagnostics);
                cache?.Store(page, diagnostics);
                Interlocked.Increment(ref renderedAgain);
                return page;
            })
            .ToList();
        if (cache is not null)
        {
            cache.Keep(pages);
            cache.PagesRendered = renderedAgain;
        }

        var faqNumbering = new CitationNumbering(references);
        var faq = content.Faq.Select(entry => RenderFaq(entry, content.FaqFile, inputRoot, resolver, faqNumbering)).ToList();

        var glossaryNumbering = new CitationNumbering(references);
        var glossary = content.Glossary.Select(term => RenderTerm(term, content.GlossaryFile, inputRoot, resolver, glossaryNumbering)).ToList();

        return new RenderedContent(rendered[0], rendered.Skip(1).ToList(), faq, faqNumbering.Sources, glossary, glossaryNumbering.Sources);
    }

    private ParsedMarkdown Parse(ContentPage page) =>
        markdown.Parse(page.Body, new MarkdownSource(page.File.DisplayPath, page.BodyFirstLine, 1, Path.GetDirectoryName(page.File.FullPath)!));

    private RenderedPage RenderPage(ContentPage page, ParsedMarkdown parsed, MarkdownResolver resolver, IReadOnlyDictionary<string, Reference> references, int smogCeiling, DiagnosticBag diagnostics, UrgencyScale? urgency)
    {
        var numbering = new CitationNumbering(references);
        var usage = new GlossaryUsage(autoLink: true);
        resolver.Resolve(parsed, numbering, usage);
        var readability = ProseStage.ReadPage(page, ProseReader.Read(parsed), smogCeiling, diagnostics, urgency);
        return new RenderedPage(page, markdown.ToHtml(parsed.Document), parsed.Headings, numbering.Sources, usage.LinkedSlugs, readability, SectionSplitter.Split(parsed.Document));
    }

    private RenderedFaqEntry RenderFaq(FaqEntry entry, InputFile file, string inputRoot, MarkdownResolver resolver, CitationNumbering numbering)
    {
        var source = new MarkdownSource(file.DisplayPath, entry.AnswerLocation.Line, entry.AnswerLocation.Column, inputRoot);
        var parsed = markdown.Parse(entry.Answer, source, idPrefix: entry.Id + "-");
        var usage = new GlossaryUsage(autoLink: true);
        resolver.Resolve(parsed, numbering, usage);
        return new RenderedFaqEntry(entry, markdown.ToHtml(parsed.Document), InlineText.Of(parsed.Document), usage.LinkedSlugs, ProseReader.Read(parsed));
    }

    private RenderedGlossaryTerm RenderTerm(GlossaryTerm term, InputFile file, string inputRoot, MarkdownResolver resolver, CitationNumbering numbering)
    {
        var source = new MarkdownSource(file.DisplayPath, term.DefinitionLocation.Line, term.DefinitionLocation.Column, inputRoot);
        var parsed = markdown.Parse(term.Definition, source, idPrefix: term.AnchorId + "-");
        resolver.Resolve(parsed, numbering, new GlossaryUsage(autoLink: false));
        return new RenderedGlossaryTerm(term, markdown.ToHtml(parsed.Document), ProseReader.Read(parsed));
    }
}
