namespace OmsHandbook.Serve;

/// <summary>
/// A watch on one folder that survives the folder being deleted and made again. The system's watch
/// dies with the folder it was put on, so a second watch on the nearest folder above that exists
/// looks out for the folder's name; when the folder goes or comes back, both are put on again and
/// the folder is reported changed, so the next build sees whatever it now holds.
/// </summary>
public sealed class FolderWatch : IDisposable
{
    // Creating and deleting the folder faster than a watch can be put on it would otherwise re-arm forever.
    private const int MaxArmAttempts = 10;

    private readonly string folder;
    private readonly string filter;
    private readonly bool recursive;
    private readonly Action<string> report;
    private readonly Lock gate = new();
    private FileSystemWatcher? inside;
    private FileSystemWatcher? above;
    private bool disposed;

    /// <param name="filter">Which names in the folder to report ("*" for all).</param>
    /// <param name="recursive">Whether changes in sub-folders are reported too.</param>
    /// <param name="report">Called with the full path of every change, from the watchers' threads.</param>
    public FolderWatch(string folder, string filter, bool recursive, Action<string> report)
    {
        this.folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        this.filter = filter;
        this.recursive = recursive;
        this.report = report;
        Arm();
    }

    /// <summary>Whether the folder itself is being watched now (false while it does not exist).</summary>
    public bool Armed
    {
        get
        {
            lock (gate)
            {
                return inside is not null;
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            Disarm();
        }
    }

    private void Arm()
    {
        lock (gate)
        {
            for (var attempt = 0; attempt < MaxArmAttempts && !disposed; attempt++)
            {
                Disarm();
                inside = Directory.Exists(folder) ? TryWatch(folder, filter, recursive, NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size, watcher =>
                {
                    watcher.Changed += (_, e) => report(e.FullPath);
                    watcher.Created += (_, e) => report(e.FullPath);
                    watcher.Deleted += (_, e) => report(e.FullPath);
                    watcher.Renamed += (_, e) => report(e.FullPath);
                    // Too many changes for the system's buffer, or the watch died: rebuild, and watch afresh.
                    watcher.Error += (sender, _) => Rearm(sender);
                }) : null;

                var missingBelow = WatchAbove();
                // What appeared or vanished between looking and watching sent no event: look again.
                var folderAsWatched = (inside is not null) == Directory.Exists(folder);
                var stillMissing = missingBelow is null || !Directory.Exists(missingBelow);
                if (folderAsWatched && stillMissing)
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Watches the nearest existing folder above for the name that leads down to the folder.
    /// </summary>
    /// <returns>The path of that next folder down while the folder is missing (to check it is still missing), else null.</returns>
    private string? WatchAbove()
    {
        var child = folder;
        for (var parent = Path.GetDirectoryName(child); parent is not null; child = parent, parent = Path.GetDirectoryName(parent))
        {
            above = Directory.Exists(parent) ? TryWatch(parent, Path.GetFileName(child), false, NotifyFilters.DirectoryName, watcher =>
            {
                watcher.Created += (sender, _) => Rearm(sender);
                watcher.Deleted += (sender, _) => Rearm(sender);
                watcher.Renamed += (sender, _) => Rearm(sender);
                watcher.Error += (sender, _) => Rearm(sender);
            }) : null;
            if (above is not null)
            {
                return child == folder ? null : child;
            }
        }

        return null;
    }

    private void Rearm(object? from)
    {
        lock (gate)
        {
            // An event from a watcher already replaced is old news: the watch that replaced it looked
            // at the folders afresh, and re-arming again would only leave a moment unwatched.
            if (from is null || (from != inside && from != above))
            {
                return;
            }

            Arm();
        }

        report(folder);
    }

    private void Disarm()
    {
        inside?.Dispose();
        above?.Dispose();
        inside = null;
        above = null;
    }

    /// <returns>A running watcher, or null when the folder vanished before the watch was on it.</returns>
    private static FileSystemWatcher? TryWatch(string path, string filter, bool recursive, NotifyFilters notify, Action<FileSystemWatcher> subscribe)
    {
        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(path, filter) { IncludeSubdirectories = recursive, NotifyFilter = notify };
            subscribe(watcher);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException)
        {
            watcher?.Dispose();
            return null;
        }
    }
}
