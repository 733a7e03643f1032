using System.Collections.Concurrent;
using System.Text;
using OmsHandbook.Checks;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Site;
using OmsHandbook.Theme;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Stage 5: renders the layouts on every core, checks each page as it is made, writes it straight
/// into a staging folder (or keeps it in memory when the run writes nothing), and only when the
/// links between pages check out puts the new site in place of the old.
/// </summary>
/// <param name="cache">What the previous build wrote and what its checks found (the preview's), so unchanged pages are neither rendered nor read again; null renders and reads every page.</param>
public sealed class WriteStage(BuildCache? cache = null)
{
    /// <returns>
    /// Null when a check failed and nothing was written; otherwise the site's files when the run
    /// writes no output (check, preview), or an empty list when they were written to the output folder.
    /// </returns>
    /// <param name="output">The claimed output folder; null when the run writes nothing.</param>
    public async Task<IReadOnlyList<OutputFile>?> Run(AssembledSite site, BuildContext context, OutputFolder? output)
    {
        var options = context.Options;
        var checker = NewChecker(options);
        using var staging = output is null ? null : Stage(output, context);
        if (output is not null && staging is null)
        {
            return null;
        }

        var kept = new ConcurrentBag<OutputFile>();

        var unchanged = site.Pages
            .Select(page => cache?.Pages.Find(SitePaths.OutputPathFor(page.UrlPath), page.Key, options.NoIndex))
            .ToList();
        foreach (var page in unchanged.OfType<CachedPage>())
        {
            checker.AddRead(page.Scan);
            Keep(new OutputFile(page.Scan.OutputPath, page.Content));
        }

        var toRender = site.Pages.Where((_, i) => unchanged[i] is null).ToList();
        await RenderAndCheckAsync(toRender, checker, context, (file, _) => Keep(file));
        if (cache is not null)
        {
            cache.Pages.Keep(site.Pages.Select(p => SitePaths.OutputPathFor(p.UrlPath)).ToHashSet(StringComparer.Ordinal));
            cache.Pages.PagesRendered = toRender.Count;
        }

        var files = site.Files.ToList();
        if (options.NoIndex)
        {
            files.Add(SiteFiles.NoIndexHeaders());
        }

        foreach (var file in files)
        {
            checker.AddFile(file.Path);
            Keep(file);
        }

        foreach (var media in site.Media)
        {
            var path = "media/" + media.RelativePath;
            checker.AddFile(path);
            try
            {
                if (staging is null)
                {
                    kept.Add(new OutputFile(path, File.ReadAllBytes(media.FullPath)));
                }
                else
                {
                    staging.Copy(path, media.FullPath);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Deleted or locked while the build ran.
                context.Diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.StartOf(InputFolder.Display(media.FullPath)),
                    $"the file could not be read ({ex.Message}); check it is still there and readable, then build again");
            }
        }

        checker.Finish(context.Diagnostics);
        if (context.Diagnostics.HasErrors)
        {
            return null;
        }

        if (staging is null)
        {
            return kept.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        }

        var at = OutputLocation(options);
        try
        {
            context.Cancellation.ThrowIfCancellationRequested();
            if (staging.Commit() is { } leftOver)
            {
                context.Diagnostics.Warning(DiagnosticCodes.OutputNotWritten, at, "the new site is in place, but " + leftOver);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Error(DiagnosticCodes.OutputNotWritten, at,
                $"the new site could not be put in place ({ex.Message}); the output still holds the previous site, unchanged");
            return null;
        }

        return [];

        void Keep(OutputFile file)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            if (staging is null)
            {
                kept.Add(file);
            }
            else
            {
                staging.Write(file.Path, file.Content);
            }
        }
    }

    /// <summary>
    /// The preview's first look after a save: lays out only the pages whose layout changed since the
    /// previous build, and runs each one's own checks (the links between pages wait for the whole
    /// build). What it makes is kept in the caches, so the whole build that follows does not make it again.
    /// </summary>
    /// <returns>The pages laid out again; null when one of their own checks found an error.</returns>
    public async Task<IReadOnlyList<OutputFile>?> RenderChangedAsync(IReadOnlyList<PageToRender> pages, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(cache);
        var options = context.Options;
        var checker = NewChecker(options);
        var toRender = pages.Where(page => cache.Pages.Find(SitePaths.OutputPathFor(page.UrlPath), page.Key, options.NoIndex) is null).ToList();
        var made = new ConcurrentBag<OutputFile>();
        var failed = 0;
        await RenderAndCheckAsync(toRender, checker, context, (file, scan) =>
        {
            made.Add(file);
            if (scan.Found.Any(d => d.Severity == Severity.Error))
            {
                Interlocked.Increment(ref failed);
            }
        });
        cache.Pages.PagesRendered = toRender.Count;
        cache.Checks.PagesChecked = checker.PagesRead;
        return failed > 0 ? null : made.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>A fresh folder beside the output to write into; null after reporting why it could not be made.</summary>
    private static StagingFolder? Stage(OutputFolder output, BuildContext context)
    {
        try
        {
            return new StagingFolder(output.RealPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Error(DiagnosticCodes.OutputNotWritten, OutputLocation(context.Options),
                $"no folder could be made beside the output to write the new site into ({ex.Message}); check the permissions and free space there; the output is unchanged");
            return null;
        }
    }

    private static SourceLocation OutputLocation(BuildOptions options) =>
        SourceLocation.StartOf(InputFolder.Display(Path.GetFullPath(options.OutputDirectory)));

    private SiteChecker NewChecker(BuildOptions options) =>
        new(InputFolder.Display(Path.GetFullPath(options.OutputDirectory)), cache?.Checks);

    /// <summary>Lays out the pages, reads each for the checks as it is made, and keeps it for the next build (the preview's).</summary>
    private async Task RenderAndCheckAsync(IReadOnlyList<PageToRender> pages, SiteChecker checker, BuildContext context, Action<OutputFile, PageScan> done)
    {
        var noIndex = context.Options.NoIndex;
        await RenderPagesAsync(pages, context, (page, html) =>
        {
            // The file ends with a newline; added to the bytes rather than to the page, which would copy it.
            var bytes = new byte[Encoding.UTF8.GetByteCount(html) + 1];
            Encoding.UTF8.GetBytes(html, bytes);
            bytes[^1] = (byte)'\n';
            var path = SitePaths.OutputPathFor(page.UrlPath);
            var scan = checker.AddPage(path, html, bytes, page.SourceFile);
            if (page.Key is not null)
            {
                cache?.Pages.Store(path, new CachedPage(page.Key, noIndex, bytes, scan));
            }

            done(new OutputFile(path, bytes), scan);
        });
    }

    /// <summary>One layout renderer per core, each taking the next page until none is left.</summary>
    private static async Task RenderPagesAsync(IReadOnlyList<PageToRender> pages, BuildContext context, Action<PageToRender, string> done)
    {
        var next = -1;
        var workers = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, pages.Count));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var theme = new ThemeRenderer();
            int i;
            while ((i = Interlocked.Increment(ref next)) < pages.Count)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                var page = pages[i];
                var html = await theme.RenderAsync(page.MakeView());
                if (context.Options.NoIndex)
                {
                    html = HeadMarkup.Append(html, SiteFiles.RobotsNoIndexMeta);
                }

                done(page, html);
            }
        }, context.Cancellation)));
    }
}
