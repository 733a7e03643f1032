using System.Diagnostics;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown;
using OmsHandbook.Readability;
using OmsHandbook.Site;
using OmsHandbook.Theme;

namespace OmsHandbook.Pipeline;

/// <summary>What one build did: counts for the summary line, and every diagnostic.</summary>
public sealed record BuildResult(bool Succeeded, int Pages, int GlossaryTerms, int FaqEntries, DiagnosticBag Diagnostics, TimeSpan Elapsed)
{
    /// <summary>Each page's readability, for `--report`; empty when the build stopped before reading the words.</summary>
    public IReadOnlyList<PageReadability> Readability { get; init; } = [];

    /// <summary>The SMOG ceiling the readability was judged against.</summary>
    public int SmogCeiling { get; init; } = SiteConfig.DefaultSmogCeiling;

    /// <summary>Every file of the finished site when it was not written to the output folder (the preview's and `check`'s runs); otherwise empty.</summary>
    public IReadOnlyList<OutputFile> Files { get; init; } = [];
}

/// <summary>Runs the stages in order: Load -> Validate -> Render -> Assemble -> Write.</summary>
/// <param name="cache">Kept between builds by the same builder, so the preview re-does only what a save changed; null for a single build.</param>
public sealed class SiteBuilder(BuildCache? cache = null)
{
    private readonly HandbookMarkdown markdown = new(LayoutIds.IsReserved, Href.Encode);

    /// <summary>What this builder keeps between its builds; null when it keeps nothing.</summary>
    public BuildCache? Cache { get; } = cache;

    public async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var context = new BuildContext(options, new DiagnosticBag(), cancellation);
        var progress = new BuildProgress(options.BeforeStage);
        try
        {
            return await BuildAsync(context, progress, clock);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug, not bad input: one line that says where the build was, and nothing written.
            context.Diagnostics.Error(DiagnosticCodes.InternalError, SourceLocation.StartOf(InputFolder.Display(Path.GetFullPath(options.InputDirectory))),
                $"the build stopped while {progress.Doing}: {ex.GetType().Name}: {ex.Message}; this is a fault in the generator, not in your input, so please report it with the input that caused it; the output is unchanged");
            return new BuildResult(false, 0, 0, 0, context.Diagnostics, clock.Elapsed);
        }
    }

    private async Task<BuildResult> BuildAsync(BuildContext context, BuildProgress progress, Stopwatch clock)
    {
        var options = context.Options;
        var cancellation = context.Cancellation;
        progress.Now("claiming the output folder");
        using var output = options.WriteOutput ? OutputFolder.Claim(options, context.Diagnostics) : null;
        if (options.WriteOutput && output is null)
        {
            return new BuildResult(false, 0, 0, 0, context.Diagnostics, clock.Elapsed);
        }

        progress.Now("reading the input");
        var content = new LoadStage(Cache?.Loads).Run(context);
        if (content is null)
        {
            return new BuildResult(false, 0, 0, 0, context.Diagnostics, clock.Elapsed);
        }

        cancellation.ThrowIfCancellationRequested();
        progress.Now("checking the rules between files");
        new ValidateStage().Run(content, context);
        progress.Now("rendering the Markdown");
        var rendered = new RenderStage(markdown, Cache?.Renders).Run(content, context);
        progress.Now("reading the prose");
        var readability = new ProseStage().Run(content, rendered, context);
        if (context.Diagnostics.HasErrors)
        {
            return new BuildResult(false, 0, content.Glossary.Count, content.Faq.Count, context.Diagnostics, clock.Elapsed)
            {
                Readability = readability,
                SmogCeiling = content.Site.SmogCeiling,
            };
        }

        LetGoOfGarbage();
        progress.Now("assembling the site-wide pages and the search index");
        var site = new AssembleStage(ThemeAssetsFor(options), Cache?.Search, options.SearchIndex).Run(content, rendered, cancellation);
        LetGoOfGarbage();
        progress.Now("laying out, checking and writing the pages");
        var files = await new WriteStage(Cache).Run(site, context, output);
        if (files is not null && Cache is not null)
        {
            Cache.LastGood = content;
        }

        return new BuildResult(files is not null, files is null ? 0 : site.Pages.Count, content.Glossary.Count, content.Faq.Count, context.Diagnostics, clock.Elapsed)
        {
            Readability = readability,
            SmogCeiling = content.Site.SmogCeiling,
            Files = files ?? [],
        };
    }

    /// <summary>
    /// The preview's first look after a save of home page or chapter files only: the last good
    /// build's content with those files read again, rendered, and the home page and chapters laid
    /// out and checked each on its own. It stands in for the whole build only until that finishes.
    /// </summary>
    /// <param name="changedFiles">The saved files' full paths.</param>
    /// <returns>
    /// The pages that changed; null when there is no quick answer (no good build before, another
    /// kind of file changed, or something is wrong), so only a whole build can say.
    /// </returns>
    public async Task<IReadOnlyList<OutputFile>?> BuildChangedPagesAsync(BuildOptions options, IReadOnlySet<string> changedFiles, CancellationToken cancellation = default)
    {
        if (Cache?.LastGood is not { } previous)
        {
            return null;
        }

        var context = new BuildContext(options, new DiagnosticBag(), cancellation);
        var content = new LoadStage(Cache.Loads).RunChanged(context, previous, changedFiles);
        if (content is null)
        {
            return null;
        }

        new ValidateStage().Run(content, context);
        var rendered = new RenderStage(markdown, Cache.Renders).Run(content, context);
        if (context.Diagnostics.HasErrors)
        {
            return null;
        }

        var pages = new AssembleStage(ThemeAssetsFor(options)).Articles(content, rendered);
        return await new WriteStage(Cache).RenderChangedAsync(pages, context);
    }

    /// <summary>
    /// Between the stages that make the most garbage (rendering, the search index), collects it and
    /// gives the memory back, so the next stage starts from what is live. Left to itself the
    /// collector let a 4,000-chapter build grow to 0.7 GiB; with these two collections it peaks about
    /// 20 % lower, in the same time (docs/performance.md). The preview keeps its caches live and
    /// gains nothing, so only a single build collects.
    /// </summary>
    private void LetGoOfGarbage()
    {
        if (Cache is null)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    private static IReadOnlyList<ThemeAsset> ThemeAssetsFor(BuildOptions options) =>
        options.ThemeAssetsFolder is { } folder ? ThemeAssetFolder.Read(folder) : ThemeAssets.All();
}
