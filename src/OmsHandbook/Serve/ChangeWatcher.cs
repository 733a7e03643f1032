using System.Threading.Channels;

namespace OmsHandbook.Serve;

/// <summary>
/// Watches folders (and single files) for saves, and hands them over in batches: a batch ends once
/// nothing has changed for a moment, so an editor's save (often several writes and a rename) causes
/// one rebuild, not several.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    /// <summary>
    /// How long the files must stay still before a rebuild starts. An editor's save takes a few
    /// milliseconds; a save split across two batches only costs a second rebuild.
    /// </summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);

    private readonly Channel<string> changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<FolderWatch> watches = [];

    /// <summary>Watches a folder and everything in it, also once it is deleted and made again, or before it exists.</summary>
    public void WatchFolder(string folder) => watches.Add(new FolderWatch(folder, "*", recursive: true, Report));

    public void WatchFile(string file) => watches.Add(new FolderWatch(Path.GetDirectoryName(Path.GetFullPath(file))!, Path.GetFileName(file), recursive: false, Report));

    /// <summary>Waits for the next save, then for quiet, and returns every path that changed meanwhile.</summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(CancellationToken cancellation)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await changes.Reader.ReadAsync(cancellation) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            quiet.CancelAfter(Quiet);
            try
            {
                batch.Add(await changes.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                return batch.ToList();
            }
        }
    }

    /// <summary>Completes as soon as a change is waiting, without taking it.</summary>
    public async Task WaitForChangeAsync(CancellationToken cancellation) => await changes.Reader.WaitToReadAsync(cancellation);

    public void Dispose()
    {
        foreach (var watch in watches)
        {
            watch.Dispose();
        }

        changes.Writer.TryComplete();
    }

    private void Report(string path)
    {
        if (!IsEditorScratch(Path.GetFileName(path)))
        {
            changes.Writer.TryWrite(path);
        }
    }

    /// <summary>Swap, backup and lock files editors write beside the file being saved.</summary>
    private static bool IsEditorScratch(string name) =>
        name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal) || name == "4913"
        || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal);
}
