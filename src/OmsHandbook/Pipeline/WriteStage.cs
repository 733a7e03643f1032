using System.Collections.Concurrent;
using OmsHandbook.Content;
using OmsHandbook.Core;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Stage 8 (per file): writes each finished file straight into a staging folder beside the output,
/// or keeps it in memory when the run writes nothing (check, preview). Nothing reaches the output
/// until <see cref="PublishStage"/> puts the staging folder in its place.
/// </summary>
public sealed class WriteStage : IPageStage<OutputFile, OutputFile>, IDisposable
{
    private readonly ConcurrentBag<OutputFile> kept = [];

    private WriteStage(StagingFolder? staging) => Staging = staging;

    /// <summary>Where the files go; null when they are kept in memory.</summary>
    internal StagingFolder? Staging { get; }

    /// <summary>The files kept in memory, in path order.</summary>
    public IReadOnlyList<OutputFile> Kept => kept.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    /// <param name="output">The claimed output folder; null keeps every file in memory.</param>
    /// <returns>Null after reporting why no staging folder could be made.</returns>
    public static WriteStage? Open(OutputFolder? output, BuildContext context)
    {
        if (output is null)
        {
            return new WriteStage(null);
        }

        try
        {
            return new WriteStage(new StagingFolder(output.RealPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Error(DiagnosticCodes.OutputNotWritten, PublishStage.OutputLocation(context.Options),
                $"no folder could be made beside the output to write the new site into ({ex.Message}); check the permissions and free space there; the output is unchanged");
            return null;
        }
    }

    public OutputFile Run(OutputFile file, BuildContext context)
    {
        context.Cancellation.ThrowIfCancellationRequested();
        if (Staging is null)
        {
            kept.Add(file);
        }
        else
        {
            Staging.Write(file.Path, file.Content);
        }

        return file;
    }

    /// <summary>Copies a media file as it is; one deleted or locked while the build ran is an error at its file.</summary>
    /// <returns>Its output path, and its bytes as written (read once, for the offline copy's hash too); no bytes when it could not be read.</returns>
    public (string Path, byte[]? Bytes) Copy(MediaFile media, BuildContext context)
    {
        var path = "media/" + media.RelativePath;
        try
        {
            var bytes = File.ReadAllBytes(media.FullPath);
            Run(new OutputFile(path, bytes), context);
            return (path, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.StartOf(InputFolder.Display(media.FullPath)),
                $"the file could not be read ({ex.Message}); check it is still there and readable, then build again");
            return (path, null);
        }
    }

    public void Dispose() => Staging?.Dispose();
}
