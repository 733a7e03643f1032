using OmsHandbook.Content;
using OmsHandbook.Core;

namespace OmsHandbook.Pipeline;

/// <summary>
/// The folder a build replaces whole, claimed before any work is done. A build deletes what the
/// folder held, so it must be a folder of the site's own: never the input or a folder around it,
/// never the folder the maintainer works in, never a folder of someone else's files or a
/// repository. A symbolic link to it (a web server's root, say) is written through, not replaced.
/// The claim is a lock, so two builds into one folder wait their turn, and while it is held the
/// folders that killed builds left beside it are cleared away.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly FileStream lockFile;

    private OutputFolder(string realPath, FileStream lockFile)
    {
        RealPath = realPath;
        this.lockFile = lockFile;
    }

    /// <summary>Where the site really goes: the output folder with every symbolic link on the way followed.</summary>
    public string RealPath { get; }

    /// <returns>The claimed folder; null after reporting why the build may not write there.</returns>
    public static OutputFolder? Claim(BuildOptions options, DiagnosticBag diagnostics)
    {
        var given = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory));
        var at = SourceLocation.StartOf(InputFolder.Display(given));
        var real = Resolve(given);
        var input = Resolve(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.InputDirectory)));
        if (Refusal(real, input) is { } why)
        {
            diagnostics.Error(DiagnosticCodes.OutputFolderRefused, at,
                $"{why}; a build deletes everything in its output folder and puts the new site there, so pass --output a folder of the site's own, such as 'output' beside the input");
            return null;
        }

        FileStream lockFile;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(real)!);
            // Deleted on close so nothing stays behind; the lock, not the file, keeps builds apart.
            lockFile = new FileStream(real + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (UnauthorizedAccessException ex)
        {
            diagnostics.Error(DiagnosticCodes.OutputNotWritten, at,
                $"the folder around the output cannot be written ({ex.Message}); the build writes the new site beside the output before swapping it in, so give yourself write permission there; the output is unchanged");
            return null;
        }
        catch (IOException ex) when (Directory.Exists(Path.GetDirectoryName(real)))
        {
            diagnostics.Error(DiagnosticCodes.OutputInUse, at,
                $"another build is writing this output folder now ({ex.Message}); wait for it to finish, then build again; the output is unchanged");
            return null;
        }
        catch (IOException ex)
        {
            diagnostics.Error(DiagnosticCodes.OutputNotWritten, at, $"the folder around the output cannot be made ({ex.Message}); the output is unchanged");
            return null;
        }

        var claimed = new OutputFolder(real, lockFile);
        claimed.ClearLeftovers();
        return claimed;
    }

    public void Dispose() => lockFile.Dispose();

    /// <summary>Why a build may not replace this folder, or null when it may.</summary>
    private static string? Refusal(string output, string input)
    {
        if (string.Equals(output, input, PathComparison))
        {
            return "the output folder is the input folder";
        }

        if (IsInside(output, input))
        {
            return "the output folder is inside the input folder, so every build would publish the last one again";
        }

        if (IsInside(input, output))
        {
            return "the output folder holds the input folder";
        }

        var workingFolder = Resolve(Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory));
        if (string.Equals(output, workingFolder, PathComparison) || IsInside(workingFolder, output))
        {
            return "the output folder is the folder you are working in, or holds it";
        }

        if (File.Exists(output))
        {
            return "the output is a file, not a folder";
        }

        if (!Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any())
        {
            return null;
        }

        if (Directory.Exists(Path.Combine(output, ".git")) || File.Exists(Path.Combine(output, ".git")))
        {
            return "the output folder is a git repository (it has a .git folder)";
        }

        // Every site this generator writes has both; a folder without them holds someone else's files.
        return File.Exists(Path.Combine(output, "404.html")) && File.Exists(Path.Combine(output, "sitemap.xml"))
            ? null
            : "the output folder holds files that this generator did not write (it has no 404.html and sitemap.xml); empty it first if it may go";
    }

    private static bool IsInside(string path, string folder) =>
        path.Length > folder.Length
        && path.StartsWith(folder, PathComparison)
        && (path[folder.Length] == Path.DirectorySeparatorChar || folder.EndsWith(Path.DirectorySeparatorChar));

    /// <summary>The path with every symbolic link in it followed, so two names for one folder compare equal.</summary>
    private static string Resolve(string fullPath, int depth = 0)
    {
        var root = Path.GetPathRoot(fullPath)!;
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo entry = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (entry.LinkTarget is null || depth > 40)
            {
                continue;
            }

            try
            {
                if (entry.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                {
                    current = Resolve(Path.TrimEndingDirectorySeparator(target.FullName), depth + 1);
                }
            }
            catch (IOException)
            {
                // A loop of links: leave this part as it is named; creating the folder will report it.
            }
        }

        return current;
    }

    /// <summary>
    /// Deletes the folders that builds killed before they finished left beside the output. When a
    /// build was killed in the middle of the two-rename swap, the output is missing and the previous
    /// site waits beside it: that is put back first.
    /// </summary>
    private void ClearLeftovers()
    {
        var parent = Path.GetDirectoryName(RealPath)!;
        var name = Path.GetFileName(RealPath);
        var leftovers = Directory.EnumerateDirectories(parent, name + ".*")
            .Where(d => StagingFolder.IsLeftover(Path.GetFileName(d)[name.Length..]))
            .Select(d => new DirectoryInfo(d))
            .ToList();
        if (!Directory.Exists(RealPath)
            && leftovers.Where(d => d.Name[name.Length..].StartsWith(StagingFolder.OldSuffix, StringComparison.Ordinal))
                .OrderByDescending(d => d.LastWriteTimeUtc).FirstOrDefault() is { } previous)
        {
            previous.MoveTo(RealPath);
            leftovers.Remove(previous);
        }

        foreach (var folder in leftovers)
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Harmless where it is; the next build tries again.
            }
        }
    }
}
