using OmsHandbook.Checks;
using OmsHandbook.Core;
using OmsHandbook.Search;
using OmsHandbook.Theme;
using OmsHandbook.Bench.Corpus;
using OmsHandbook.Content;
using OmsHandbook.Markdown;
using OmsHandbook.Markdown.ChapterLinks;
using OmsHandbook.Markdown.GlossaryLinks;
using OmsHandbook.Markdown.Images;
using OmsHandbook.Pipeline;

namespace OmsHandbook.Benchmarks;

/// <summary>
/// A generated handbook taken through the whole pipeline once (nothing written), so each benchmark
/// can time one stage on realistic data from the stage before it. Everything is held in memory, so
/// the generated input folder is deleted before the benchmarks start.
/// </summary>
public sealed class SampleSite
{
    /// <summary>Chapters in the sample: every page lists every chapter, so page size grows with this.</summary>
    public const int Chapters = 100;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "oms-bench-" + Guid.NewGuid().ToString("N")[..12]);

    public SampleSite()
    {
        CorpusGenerator.WriteTo(Path.Combine(folder, "input"), Chapters);
        Context = new BuildContext(
            new BuildOptions(Path.Combine(folder, "input"), Path.Combine(folder, "output"), new DateOnly(2026, 6, 1)) { WriteOutput = false },
            new DiagnosticBag());
        Content = new ValidateStage().Run(new LoadStage().Run(null, Context) ?? throw new InvalidOperationException("the sample corpus did not load"), Context);
        Rendered = new RenderPhase(Markdown).Run(new OutlineStage(Markdown).Run(Content, Context), Context).Rendered;
        Assembled = new AssembleStage(ThemeAssets.All()).Run([new RenderedSite(Content, Rendered)], Context);
        var built = new SiteBuilder().BuildAsync(Context.Options).GetAwaiter().GetResult();
        Files = built.Succeeded ? built.Files
            : throw new InvalidOperationException("the sample site has errors:\n" + string.Join('\n', built.Diagnostics.Sorted().Select(d => d.ToMsBuildFormat())));
        Directory.Delete(folder, recursive: true);
    }

    public HandbookMarkdown Markdown { get; } = new(OmsHandbook.Theme.LayoutIds.IsReserved);

    public BuildContext Context { get; }

    public HandbookContent Content { get; }

    public RenderedContent Rendered { get; }

    public AssembledSite Assembled { get; }

    public IReadOnlyList<OutputFile> Files { get; }

    /// <summary>A chapter from the middle of the book, with where its Markdown came from.</summary>
    public ContentPage Chapter => Content.Chapters[Chapters / 2];

    public MarkdownSource ChapterSource =>
        new(Chapter.File.DisplayPath, Chapter.BodyFirstLine, 1, Path.GetDirectoryName(Chapter.File.FullPath)!);

    /// <summary>What the render stage resolves each page with: links to every page, the glossary, media.</summary>
    public MarkdownResolver Resolver(GlossaryLinker glossary)
    {
        var targets = new LinkTargets(Content.Pages.Select(page => new LinkTarget(
            page.File.FullPath, Path.GetFileName(page.File.FullPath), page.UrlPath,
            Markdown.Parse(page.Body, ChapterSource).Ids)));
        var images = new ImageResolver(Path.Combine(folder, "input", "media"), new HashSet<string>(StringComparer.Ordinal));
        return new MarkdownResolver(MarkdownPasses.InOrder(new ChapterLinkResolver(targets), glossary, images, urgency: null), new DiagnosticBag());
    }
}
