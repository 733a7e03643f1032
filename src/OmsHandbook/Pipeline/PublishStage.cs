using OmsHandbook.Content;
using OmsHandbook.Core;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Stage 9 (whole site): when every check passed, puts the new site in place of the old in one
/// step, or hands back the files the run kept in memory. After any error, nothing is published.
/// </summary>
public sealed class PublishStage : ISiteStage<WriteStage, IReadOnlyList<OutputFile>?>
{
    /// <returns>Null when nothing was published; the site's files when the run writes no output; otherwise an empty list.</returns>
    public IReadOnlyList<OutputFile>? Run(WriteStage written, BuildContext context)
    {
        if (context.Diagnostics.HasErrors)
        {
            return null;
        }

        if (written.Staging is not { } staging)
        {
            return written.Kept;
        }

        var at = OutputLocation(context.Options);
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
    }

    /// <summary>The output folder, as messages about it name it.</summary>
    internal static SourceLocation OutputLocation(BuildOptions options) =>
        SourceLocation.StartOf(InputFolder.Display(Path.GetFullPath(options.OutputDirectory)));
}
