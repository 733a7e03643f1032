using System.Diagnostics;
using System.Globalization;
using System.Text;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Pipeline;
using OmsHandbook.Serve.Netlify;

namespace OmsHandbook.Serve;

/// <summary>
/// Builds the site into memory (never into output/), then either swaps the new site in and tells
/// the open pages that changed to reload, or keeps the last good site and sends the problems to the
/// terminal and to the pages' overlay. After a save of pages only, those pages are shown first.
/// </summary>
public sealed class SiteRebuilder(PreviewOptions options, PreviewState state, PreviewEvents events, TextWriter stdout, TextWriter stderr)
{
    private readonly SiteBuilder builder = new(new BuildMemo());

    /// <param name="changed">The files whose change caused this build; empty for the first one.</param>
    /// <param name="cancellation">Cancelled when a newer save makes this build pointless; what it already showed stays shown.</param>
    public async Task RebuildAsync(IReadOnlyList<string> changed, CancellationToken cancellation)
    {
        var netlify = await ReadNetlifyAsync(state.Current.Netlify);
        var buildOptions = new BuildOptions(
            options.InputDirectory,
            // Only named in messages about the finished pages: WriteOutput is false, so nothing is written there.
            Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.InputDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "output"),
            options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow),
            AllowOverdue: options.AllowOverdue)
        {
            WriteOutput = false,
            ThemeAssetsFolder = options.ThemeAssetsFolder,
            SearchIndex = options.SearchIndex,
        };

        var first = changed.Count == 0;
        var shownFirst = first ? null : await ShowChangedPagesFirstAsync(buildOptions, changed, cancellation);
        var result = await builder.BuildAsync(buildOptions, cancellation);
        foreach (var diagnostic in result.Diagnostics.Sorted())
        {
            await stderr.WriteLineAsync(diagnostic.ToMsBuildFormat());
        }

        var cause = first ? "" : Describe(changed) + " changed: ";
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (result.Succeeded)
        {
            var files = result.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
            var redirects = files.TryGetValue(RedirectsFile.FileName, out var text) ? RedirectsFile.Parse(Encoding.UTF8.GetString(text)) : [];
            var before = state.Current;
            var reload = before.Site is null || before.Failure is not null ? null : ReloadScope.Between(before.Site.Files, files);
            var listening = events.Count;
            if (reload is { Count: 0 })
            {
                // The first look already showed all of it.
                state.Update(s => s with { Site = new PreviewSite(files, redirects), Netlify = netlify });
            }
            else
            {
                var snapshot = state.Update(s => new PreviewSnapshot(s.Build + 1, new PreviewSite(files, redirects), null, netlify));
                events.Publish("reload", new ReloadMessage(snapshot.Build, reload), PreviewJson.Default.ReloadMessage);
            }

            // What the caches saved: the preview's rebuilds are incremental wherever the change allows.
            var counts = first ? "" : $" ({(shownFirst?.Counts ?? default) + RebuildCounts.Of(builder.Memo!)})";
            var early = shownFirst is null ? "" : $"; the changed page{(shownFirst.Pages.Count == 1 ? " was" : "s were")} shown after {shownFirst.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s";
            await stdout.WriteLineAsync($"{cause}{(first ? "Built" : "rebuilt")} {result.Pages} pages{counts} in {seconds} s{early}"
                + (listening > 0 ? $"; reloading {Pages(listening)}." : "."));
        }
        else
        {
            var failure = new BuildFailure(result.Diagnostics.Sorted()
                .OrderByDescending(d => d.Severity)
                .Select(d => new FailureLine(d.Location.File, d.Location.Line, d.Location.Column, d.Severity == Severity.Error ? "error" : "warning", d.Code, d.Message))
                .ToList());
            var snapshot = state.Update(s => s with { Failure = failure, Netlify = netlify });
            events.Publish("failure", new FailureMessage(snapshot.Build, failure), PreviewJson.Default.FailureMessage);
            var kept = snapshot.Site is null ? "there is no site to show until it builds" : "the last good site stays served";
            await stdout.WriteLineAsync($"{cause}{(first ? "The" : "the")} build failed with {result.Diagnostics.ErrorCount} error(s) in {seconds} s; open pages show them, and {kept}.");
        }
    }

    /// <summary>
    /// When only pages were saved and the site last built well, lays out those pages first and
    /// reloads them, before the whole build (search index, site-wide pages, links between pages)
    /// that follows and has the last word.
    /// </summary>
    private async Task<ShownFirst?> ShowChangedPagesFirstAsync(BuildOptions buildOptions, IReadOnlyList<string> changed, CancellationToken cancellation)
    {
        if (state.Current is not { Failure: null, Site: { } shown })
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        // Folders change when editors make and remove scratch files beside the saved one.
        var saved = changed.Where(path => !Directory.Exists(path)).ToHashSet(StringComparer.Ordinal);
        var firstLook = await builder.BuildAsync(buildOptions, BuildScope.Saved(saved), cancellation);
        if (!firstLook.Succeeded)
        {
            return null;
        }

        var pages = firstLook.Files;

        if (ReloadScope.Between(shown.Files, pages) is { Count: > 0 } reload)
        {
            var files = new Dictionary<string, byte[]>(shown.Files, StringComparer.Ordinal);
            foreach (var page in pages)
            {
                files[page.Path] = page.Content;
            }

            var snapshot = state.Update(s => s with { Build = s.Build + 1, Site = shown with { Files = files } });
            events.Publish("reload", new ReloadMessage(snapshot.Build, reload), PreviewJson.Default.ReloadMessage);
        }

        return new ShownFirst(pages, clock.Elapsed, RebuildCounts.Of(builder.Memo!));
    }

    private async Task<NetlifyConfig> ReadNetlifyAsync(NetlifyConfig previous)
    {
        if (options.NetlifyToml is not { } path)
        {
            return NetlifyConfig.Empty;
        }

        var shown = InputFolder.Display(Path.GetFullPath(path));
        try
        {
            var config = NetlifyConfig.Parse(await File.ReadAllTextAsync(path));
            foreach (var problem in config.Problems)
            {
                await Warn(new SourceLocation(shown, problem.At.Line, problem.At.Column), $"{problem.Reason}; the preview serves without this header until it is fixed");
            }

            return config;
        }
        catch (NetlifyConfigException ex)
        {
            await Warn(new SourceLocation(shown, ex.At.Line, ex.At.Column), Unreadable(ex.Reason));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await Warn(SourceLocation.StartOf(shown), Unreadable(ex.Message));
        }

        return previous;

        static string Unreadable(string reason) => $"netlify.toml cannot be read ({reason}); the preview keeps the headers and redirects it had";

        Task Warn(SourceLocation at, string message) =>
            stderr.WriteLineAsync(new Diagnostic(DiagnosticCodes.NetlifyConfigUnreadable, Severity.Warning, at, message).ToMsBuildFormat());
    }

    private static string Describe(IReadOnlyList<string> changed)
    {
        var first = InputFolder.Display(changed[0]);
        return changed.Count == 1 ? first : $"{first} and {changed.Count - 1} more";
    }

    private static string Pages(int count) => count == 1 ? "1 open page" : $"{count} open pages";

    /// <summary>What the first look after a save made, and how long it took.</summary>
    private sealed record ShownFirst(IReadOnlyList<OutputFile> Pages, TimeSpan Elapsed, RebuildCounts Counts);

    /// <summary>What a rebuild did again rather than take from the caches.</summary>
    private readonly record struct RebuildCounts(int Rendered, int LaidOut, int Checked)
    {
        public static RebuildCounts Of(BuildMemo memo) => new(memo.Renders.Made, memo.Layouts.Made, memo.Checks.Made);

        public static RebuildCounts operator +(RebuildCounts a, RebuildCounts b) => new(a.Rendered + b.Rendered, a.LaidOut + b.LaidOut, a.Checked + b.Checked);

        public override string ToString() => $"{Rendered} Markdown rendered again, {LaidOut} laid out again, {Checked} checked again";
    }
}
