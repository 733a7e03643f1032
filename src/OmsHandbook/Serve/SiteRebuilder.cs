using System.Globalization;
using System.Text;
using OmsHandbook.Content;
using OmsHandbook.Pipeline;
using OmsHandbook.Serve.Netlify;

namespace OmsHandbook.Serve;

/// <summary>
/// Builds the site into memory (never into output/), then either swaps the new site in and tells
/// open pages to reload, or keeps the last good site and sends the problems to the terminal and to
/// the pages' overlay.
/// </summary>
public sealed class SiteRebuilder(PreviewOptions options, PreviewState state, PreviewEvents events, TextWriter stdout, TextWriter stderr)
{
    private readonly SiteBuilder builder = new(new BuildCache());

    /// <param name="changed">The files whose change caused this build; empty for the first one.</param>
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
        };

        var result = await builder.BuildAsync(buildOptions, cancellation);
        foreach (var diagnostic in result.Diagnostics.Sorted())
        {
            await stderr.WriteLineAsync(diagnostic.ToMsBuildFormat());
        }

        var first = changed.Count == 0;
        var cause = first ? "" : Describe(changed) + " changed: ";
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (result.Succeeded)
        {
            var files = result.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
            var redirects = files.TryGetValue(RedirectsFile.FileName, out var text) ? RedirectsFile.Parse(Encoding.UTF8.GetString(text)) : [];
            var snapshot = state.Update(s => new PreviewSnapshot(s.Build + 1, new PreviewSite(files, redirects), null, netlify));
            var listening = events.Count;
            events.Publish("reload", new { snapshot.Build });
            // What the caches saved: the preview's rebuilds are incremental wherever the change allows.
            var rechecked = first ? "" : $" ({builder.Cache!.Renders.PagesRendered} Markdown rendered again, {builder.Cache.Pages.PagesRendered} laid out again, {builder.Cache.Checks.PagesChecked} checked again)";
            await stdout.WriteLineAsync($"{cause}{(first ? "Built" : "rebuilt")} {result.Pages} pages{rechecked} in {seconds} s"
                + (listening > 0 ? $"; reloading {Pages(listening)}." : "."));
        }
        else
        {
            var failure = new BuildFailure(result.Diagnostics.Sorted()
                .OrderByDescending(d => d.Severity)
                .Select(d => new FailureLine(d.Location.File, d.Location.Line, d.Location.Column, d.Severity == Severity.Error ? "error" : "warning", d.Code, d.Message))
                .ToList());
            var snapshot = state.Update(s => s with { Failure = failure, Netlify = netlify });
            events.Publish("failure", new { snapshot.Build, failure });
            var kept = snapshot.Site is null ? "there is no site to show until it builds" : "the last good site stays served";
            await stdout.WriteLineAsync($"{cause}{(first ? "The" : "the")} build failed with {result.Diagnostics.ErrorCount} error(s) in {seconds} s; open pages show them, and {kept}.");
        }
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
            return NetlifyConfig.Parse(await File.ReadAllTextAsync(path));
        }
        catch (TomlException ex)
        {
            await Warn(new SourceLocation(shown, ex.Line, ex.Column), ex.Reason);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await Warn(SourceLocation.StartOf(shown), ex.Message);
        }

        return previous;

        Task Warn(SourceLocation at, string reason) => stderr.WriteLineAsync(new Diagnostic(DiagnosticCodes.NetlifyConfigUnreadable, Severity.Warning, at,
            $"netlify.toml cannot be read ({reason}); the preview keeps the headers and redirects it had").ToMsBuildFormat());
    }

    private static string Describe(IReadOnlyList<string> changed)
    {
        var first = InputFolder.Display(changed[0]);
        return changed.Count == 1 ? first : $"{first} and {changed.Count - 1} more";
    }

    private static string Pages(int count) => count == 1 ? "1 open page" : $"{count} open pages";
}
