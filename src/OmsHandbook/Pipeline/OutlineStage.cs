using OmsHandbook.Content;
using OmsHandbook.Markdown;
using OmsHandbook.Markdown.ChapterLinks;
using OmsHandbook.Markdown.GlossaryLinks;
using OmsHandbook.Markdown.HeadingIds;
using OmsHandbook.Markdown.Images;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Stage 3 (whole site, a barrier): parses every page to learn its headings, so the render stage can
/// check links between pages; with a memo (the preview's), a page whose file and place are unchanged
/// is not parsed for its headings again.
/// </summary>
/// <param name="original">
/// For a translation, the first edition's pages: a link to a chapter not translated yet ("02-symptoms.md")
/// leads to the English page rather than nowhere. None for the first edition.
/// </param>
public sealed class OutlineStage(HandbookMarkdown markdown, BuildMemo? memo = null, IReadOnlyList<LinkTarget>? original = null) : ISiteStage<HandbookContent, SiteOutline>
{
    public SiteOutline Run(HandbookContent content, BuildContext context)
    {
        var inputRoot = Path.GetFullPath(context.Options.InputDirectory);
        var pages = content.Pages.ToList();
        var pageKeys = memo is null ? null : pages.AsParallel().AsOrdered().Select(memo.PageKeyOf).ToArray();
        var parsed = pages
            .Select((page, i) => (Page: page, Index: i))
            .AsParallel().AsOrdered()
            .WithCancellation(context.Cancellation)
            .Select(p =>
            {
                if (pageKeys is not null && memo!.Outlines.TryGet(pageKeys[p.Index], out var known))
                {
                    return (Headings: known, Tree: (ParsedMarkdown?)null);
                }

                var tree = Parse(markdown, p.Page);
                if (pageKeys is not null)
                {
                    memo!.Outlines.Add(pageKeys[p.Index], tree.Headings);
                }

                return (tree.Headings, Tree: tree);
            })
            .ToList();

        var targets = pages.Select((page, i) =>
            new LinkTarget(page.File.FullPath, Path.GetFileName(page.File.FullPath), page.UrlPath, memo is null ? IdsOf(parsed[i].Headings) : memo.IdsOf(parsed[i].Headings, IdsOf))).ToList();
        var contextKey = pageKeys is null ? null : memo!.RenderContextKey(content, inputRoot, pages.Zip(parsed.Select(p => p.Headings)).ToList(), original);
        PageLinking MakeLinking() => new(
            // The edition's own pages come first: a file name both editions use means this edition's page.
            new ChapterLinkResolver(new LinkTargets(targets.Concat(original ?? []))),
            new GlossaryLinker(new GlossaryIndex(content.Glossary)),
            new ImageResolver(Path.Combine(inputRoot, "media"), content.Media.Select(m => m.RelativePath).ToHashSet(StringComparer.Ordinal), content.Figures),
            content.Site.Urgency);
        var linking = contextKey is null ? MakeLinking() : memo!.Linking.GetOrMake(contextKey, MakeLinking);
        var references = content.References
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var outlined = pages
            .Select((page, i) => new OutlinedPage(page, parsed[i].Headings, parsed[i].Tree, contextKey is null ? null : MemoKeys.Render(pageKeys![i], contextKey)))
            .ToList();
        return new SiteOutline(content, outlined, linking, references) { Targets = targets, ContextKey = contextKey };
    }

    private static IReadOnlySet<string> IdsOf(IReadOnlyList<HeadingInfo> headings) => headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Parses a home page or chapter body, placed where it sits in its file.</summary>
    internal static ParsedMarkdown Parse(HandbookMarkdown markdown, ContentPage page) =>
        markdown.Parse(page.Body, new MarkdownSource(page.File.DisplayPath, page.BodyFirstLine, 1, Path.GetDirectoryName(page.File.FullPath)!));
}
