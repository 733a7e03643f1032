using System.Collections.Concurrent;
using System.Diagnostics;
using OmsHandbook.Checks;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown;
using OmsHandbook.Markdown.ChapterLinks;
using OmsHandbook.Readability;
using OmsHandbook.Search;
using OmsHandbook.Site;
using OmsHandbook.Theme;
using OmsHandbook.Theme.Text;

namespace OmsHandbook.Pipeline;

/// <summary>What one build did: counts for the summary line, and every diagnostic.</summary>
public sealed record BuildResult(bool Succeeded, int Pages, int GlossaryTerms, int FaqEntries, DiagnosticBag Diagnostics, TimeSpan Elapsed)
{
    /// <summary>Each page's readability, for `--report`; empty when the build stopped before reading the words.</summary>
    public IReadOnlyList<PageReadability> Readability { get; init; } = [];

    /// <summary>The SMOG ceiling the readability was judged against.</summary>
    public int SmogCeiling { get; init; } = SiteConfig.DefaultSmogCeiling;

    /// <summary>What each edition's offline copy keeps, for the summary; empty when the build wrote nothing.</summary>
    public IReadOnlyList<OfflineReport> Offline { get; init; } = [];

    /// <summary>Every file of the finished site when it was not written to the output folder (the preview's and `check`'s runs); otherwise empty.</summary>
    public IReadOnlyList<OutputFile> Files { get; init; } = [];
}

/// <summary>
/// The journey from input/ to output/, stage by stage: Load, Validate, Outline (the headings of every
/// page), then each page through Render, Prose and Sections; Assemble; then each page through Layout,
/// Check and Write; the links between pages; Publish. See docs/architecture.md.
/// </summary>
/// <param name="memo">Kept between builds by the same builder, so the preview re-does only what a save changed; null for a single build.</param>
public sealed class SiteBuilder(BuildMemo? memo = null)
{
    /// <summary>One Markdown pipeline per edition's language and folder, made the first time it is needed.</summary>
    private readonly ConcurrentDictionary<(string Language, string Root), HandbookMarkdown> markdowns = new();

    /// <summary>What this builder remembers between its builds; null when it keeps nothing.</summary>
    public BuildMemo? Memo { get; } = memo;

    public Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellation = default) =>
        BuildAsync(options, BuildScope.WholeSite, cancellation);

    /// <param name="scope">
    /// The whole site, or the pages just saved: then the result holds only the pages laid out anew, each
    /// checked on its own, and fails when only a whole build can tell (no good build before, another
    /// kind of file changed, or something is wrong).
    /// </param>
    public async Task<BuildResult> BuildAsync(BuildOptions options, BuildScope scope, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var context = new BuildContext(options, new DiagnosticBag(), cancellation) { Scope = scope };
        var progress = new BuildProgress(options.BeforeStage);
        try
        {
            Memo?.Begin();
            var result = await BuildAsync(context, progress, clock);
            if (scope.IsWholeSite)
            {
                Memo?.Sweep();
            }

            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug, not bad input: one line that says where the build was, and nothing written.
            context.Diagnostics.Error(DiagnosticCodes.InternalError, SourceLocation.StartOf(InputFolder.Display(Path.GetFullPath(options.InputDirectory))),
                $"the build stopped while {progress.Doing}: {ex.GetType().Name}: {ex.Message}; this is a fault in the generator, not in your input, so please report it with the input that caused it; the output is unchanged");
            return Failed(context, clock);
        }
    }

    private async Task<BuildResult> BuildAsync(BuildContext context, BuildProgress progress, Stopwatch clock)
    {
        var options = context.Options;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var writesOutput = options.WriteOutput && context.Scope.IsWholeSite;
        progress.Now("claiming the output folder");
        using var output = writesOutput ? OutputFolder.Claim(options, context.Diagnostics) : null;
        if (writesOutput && output is null)
        {
            return Failed(context, clock);
        }

        progress.Now("reading the input");
        var content = new LoadStage(Memo?.Loads).Run(Memo?.LastGood, context);
        if (content is null)
        {
            return Failed(context, clock);
        }

        context.Cancellation.ThrowIfCancellationRequested();
        progress.Now("checking the rules between files");
        content = new ValidateStage().Run(content, context);
        var editions = new List<RenderedSite>();
        var readability = new List<PageReadability>();
        IReadOnlyList<LinkTarget>? original = null;
        foreach (var edition in content.Editions)
        {
            var markdown = MarkdownFor(edition.Site);
            progress.Now("finding every page's headings");
            var outline = new OutlineStage(markdown, Memo, original).Run(edition, context);
            original ??= outline.Targets;
            progress.Now("rendering the Markdown");
            var rendered = new RenderPhase(markdown, Memo).Run(outline, context);
            editions.Add(new RenderedSite(edition, rendered.Rendered));
            readability.AddRange(rendered.Readability);
        }

        if (context.Diagnostics.HasErrors)
        {
            return Failed(context, clock) with { Readability = readability, SmogCeiling = content.Site.SmogCeiling };
        }

        LetGoOfGarbage(allocatedBefore);
        progress.Now("assembling the site-wide pages and the search index");
        var site = new AssembleStage(ThemeAssetsFor(options), Memo, options.SearchIndex).Run(editions, context);
        LetGoOfGarbage(allocatedBefore);
        progress.Now("laying out, checking and writing the pages");
        var offline = new List<OfflineReport>();
        var files = await LayOutCheckAndWriteAsync(site, output, context, progress, offline);
        if (files is not null && Memo is not null && context.Scope.IsWholeSite)
        {
            Memo.LastGood = content;
        }

        return new BuildResult(files is not null, files is null ? 0 : site.Pages.Count, content.Editions.Sum(e => e.Glossary.Count), content.Editions.Sum(e => e.Faq.Count), context.Diagnostics, clock.Elapsed)
        {
            Readability = readability,
            SmogCeiling = content.Site.SmogCeiling,
            Files = files ?? [],
            Offline = files is null ? [] : offline,
        };
    }

    /// <summary>
    /// Each page streams through Layout, Check and Write, one layout renderer per core. Then the
    /// site's other files and media are written, the links between pages checked (the barrier that
    /// needs every page), and the site published. A first look lays out only the pages of the saved
    /// files, and stops after their own checks, with those of them laid out anew; a neighbour whose
    /// links name a changed title waits for the whole build, which has the last word.
    /// </summary>
    /// <returns>Null when nothing can be shown: an error, or (for a first look) a page's own check failed.</returns>
    /// <param name="offline">Filled with what each edition's offline copy keeps, once the worker is written.</param>
    private async Task<IReadOnlyList<OutputFile>?> LayOutCheckAndWriteAsync(AssembledSite site, OutputFolder? output, BuildContext context, BuildProgress progress, List<OfflineReport> offline)
    {
        var checker = new SiteChecker(InputFolder.Display(Path.GetFullPath(context.Options.OutputDirectory)), Memo?.Checks);
        var check = new CheckStage(checker);
        using var write = WriteStage.Open(output, context);
        if (write is null)
        {
            return null;
        }

        var wholeSite = context.Scope.IsWholeSite;
        var failedOwnChecks = 0;
        // What the offline copy's version and sizes are made from: a hash and a size per file, never the bytes.
        var written = new ConcurrentDictionary<string, WrittenFile>(StringComparer.Ordinal);
        await ForEachPageAsync(wholeSite ? site.Pages : SavedPages(site.Pages, context.Scope), context, async (layout, page) =>
        {
            var laidOut = await layout.Run(page, context);
            if (!wholeSite && laidOut.Remembered)
            {
                return;
            }

            var scan = check.Run(laidOut, context);
            if (scan.Found.Any(d => d.Severity == Severity.Error))
            {
                Interlocked.Increment(ref failedOwnChecks);
            }

            write.Run(laidOut.File, context);
            written[page.UrlPath] = WrittenFile.Of(laidOut.File.Content);
        });
        if (!wholeSite)
        {
            // The links between pages wait for the whole build that follows.
            return failedOwnChecks > 0 ? null : write.Kept;
        }

        foreach (var file in site.Files)
        {
            checker.AddFile(write.Run(file, context).Path);
            written["/" + file.Path] = WrittenFile.Of(file.Content);
        }

        foreach (var media in site.Media)
        {
            var (path, bytes) = write.Copy(media, context);
            checker.AddFile(path);
            if (bytes is not null)
            {
                written["/" + path] = WrittenFile.Of(bytes);
            }
        }

        if (site.Offline is { } plan)
        {
            var (worker, reports) = OfflineCopy.Write(plan, written);
            checker.AddFile(write.Run(worker, context).Path);
            offline.AddRange(reports);
        }

        progress.Now("checking the links between pages");
        checker.Finish(context.Diagnostics);
        progress.Now("publishing the new site");
        return new PublishStage().Run(write, context);
    }

    /// <summary>
    /// The pages made from the saved files. Finding the others' layouts unchanged meant a key for each
    /// of them, which at 4,000 chapters was a sixth of the time from a save to its reload.
    /// </summary>
    private static List<PageToRender> SavedPages(IReadOnlyList<PageToRender> pages, BuildScope scope)
    {
        var saved = scope.SavedFiles!.Select(InputFolder.Display).ToHashSet(StringComparer.Ordinal);
        return pages.Where(p => p.SourceFile is { } file && saved.Contains(file)).ToList();
    }

    /// <summary>One layout stage per core, each taking the next page until none is left.</summary>
    private async Task ForEachPageAsync(IReadOnlyList<PageToRender> pages, BuildContext context, Func<LayoutStage, PageToRender, Task> throughPageStages)
    {
        var next = -1;
        var workers = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, pages.Count));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var layout = new LayoutStage(Memo?.Layouts);
            int i;
            while ((i = Interlocked.Increment(ref next)) < pages.Count)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                await throughPageStages(layout, pages[i]);
            }
        }, context.Cancellation)));
    }

    /// <summary>The edition's Markdown pipeline: its extensions write their words in its language, and link to its glossary.</summary>
    private HandbookMarkdown MarkdownFor(SiteConfig site) =>
        markdowns.GetOrAdd((site.Language, site.Paths.Root), _ =>
        {
            var text = UiText.For(site.Language);
            return new HandbookMarkdown(LayoutIds.IsReserved, Href.Encode,
                new MarkdownWords(text.SourceNumber, text.TableNamed, text.TableUnnamed, text.NonUrgentCard, text.UrgentCard, text.EmergencyCard, site.Paths.Glossary));
        });

    private static BuildResult Failed(BuildContext context, Stopwatch clock) =>
        new(false, 0, 0, 0, context.Diagnostics, clock.Elapsed);

    /// <summary>
    /// Between the stages that make the most garbage (rendering, the search index), collects it and
    /// gives the memory back, so the next stage starts from what is live. Left to itself the
    /// collector let a 4,000-chapter build grow to 0.7 GiB; with these two collections it peaks about
    /// 20 % lower, in the same time (docs/performance.md). The preview keeps its memo live and
    /// gains nothing, so only a single build collects. A small build has little garbage, and a full
    /// collection that hands memory back costs it more than it saves (a two-chapter build took 30 ms
    /// without and far longer with, the page faults of the next allocations included), so only a
    /// build that has made a lot collects.
    /// </summary>
    private const long GarbageWorthCollecting = 256L << 20;

    private void LetGoOfGarbage(long allocatedBefore)
    {
        if (Memo is null && GC.GetTotalAllocatedBytes() - allocatedBefore > GarbageWorthCollecting)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    private static IReadOnlyList<ThemeAsset> ThemeAssetsFor(BuildOptions options) =>
        options.ThemeAssetsFolder is { } folder ? ThemeAssetFolder.Read(folder) : ThemeAssets.All();
}
