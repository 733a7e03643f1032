using OmsHandbook.Checks;
using OmsHandbook.Content;
using OmsHandbook.Site;
using OmsHandbook.Theme;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Stage 5: renders the layouts, adds assets and media, checks the finished HTML, and only then
/// replaces the output folder (unless the run is a check).
/// </summary>
/// <param name="checks">What the previous build's checks found, so unchanged pages are not checked again.</param>
public sealed class WriteStage(CheckCache checks)
{
    /// <returns>The files of the site, or null when a check failed and nothing was written.</returns>
    public async Task<IReadOnlyList<OutputFile>?> Run(AssembledSite site, BuildContext context)
    {
        var files = new List<OutputFile>();
        await using (var theme = new ThemeRenderer())
        {
            foreach (var page in site.Pages)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                var html = await theme.RenderAsync(page.View);
                if (context.Options.NoIndex)
                {
                    html = HeadMarkup.Append(html, SiteFiles.RobotsNoIndexMeta);
                }

                files.Add(OutputFile.Text(SitePaths.OutputPathFor(page.UrlPath), html + "\n"));
            }
        }

        files.AddRange(site.Files);
        if (context.Options.NoIndex)
        {
            files.Add(SiteFiles.NoIndexHeaders());
        }

        files.AddRange(site.Media.Select(m => new OutputFile("media/" + m.RelativePath, File.ReadAllBytes(m.FullPath))));
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

        var outputShown = InputFolder.Display(Path.GetFullPath(context.Options.OutputDirectory));
        var sources = site.Pages
            .Where(p => p.SourceFile is not null)
            .ToDictionary(p => SitePaths.OutputPathFor(p.UrlPath), p => p.SourceFile!, StringComparer.Ordinal);
        new SiteChecker().Check(files, sources, outputShown, context.Diagnostics, checks);
        if (context.Diagnostics.HasErrors)
        {
            return null;
        }

        if (!context.Options.WriteOutput)
        {
            return files;
        }

        try
        {
            OutputFolder.Replace(context.Options.OutputDirectory, files, context.Cancellation);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Error(DiagnosticCodes.OutputNotWritten, SourceLocation.StartOf(outputShown),
                $"the site could not be written ({ex.Message}); the previous output is unchanged");
            return null;
        }

        return files;
    }
}
