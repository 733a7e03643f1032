namespace OmsHandbook.Pipeline;

/// <summary>
/// A fresh folder beside the output that a build writes into file by file, from any thread, as the
/// pages are made. <see cref="Commit"/> swaps it in whole; disposing it uncommitted deletes it, so a
/// failed or cancelled build leaves the previous site exactly as it was and nothing behind.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    /// <summary>How the folders a build makes beside the output are named: "output.new-1a2b3c4d", "output.old-1a2b3c4d".</summary>
    public const string NewSuffix = ".new-";

    public const string OldSuffix = ".old-";

    /// <summary>How many hex digits tell one build's folders from another's.</summary>
    private const int IdLength = 8;

    private readonly string output;
    private readonly string staging;
    private bool committed;

    /// <param name="output">The real output folder (any symbolic link to it already followed), which may not exist yet.</param>
    public StagingFolder(string output)
    {
        this.output = output;
        staging = output + NewSuffix + NewId();
        Directory.CreateDirectory(staging);
    }

    /// <param name="relativePath">The file's path under the site's root, with forward slashes.</param>
    public void Write(string relativePath, byte[] content) => File.WriteAllBytes(PathOf(relativePath), content);

    /// <summary>
    /// Puts the new site in place of the old one in a single rename or exchange, then deletes the old
    /// one. Where the file system cannot exchange folders, it falls back to two renames and undoes the
    /// first if the second fails; a build killed between them leaves the old site beside the output,
    /// and the next build puts it back (<see cref="OutputFolder"/>).
    /// </summary>
    /// <returns>Null when the old site was removed; otherwise why it could not be, and where it was left.</returns>
    /// <exception cref="IOException">The new site could not be put in place; the output is as it was.</exception>
    public string? Commit()
    {
        string retired;
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            committed = true;
            return null;
        }

        if (FolderExchange.TryExchange(staging, output))
        {
            // The staging name now holds the old site.
            retired = staging;
        }
        else
        {
            retired = output + OldSuffix + NewId();
            Directory.Move(output, retired);
            try
            {
                Directory.Move(staging, output);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Directory.Move(retired, output);
                throw;
            }
        }

        committed = true;
        try
        {
            Directory.Delete(retired, recursive: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"the previous site could not be deleted from '{retired}' ({ex.Message}); the next build removes it";
        }
    }

    public void Dispose()
    {
        if (!committed && Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Whether a folder named the output's name plus this suffix is one a build made beside it.</summary>
    public static bool IsLeftover(string suffix)
    {
        var kind = suffix.StartsWith(NewSuffix, StringComparison.Ordinal) ? NewSuffix
            : suffix.StartsWith(OldSuffix, StringComparison.Ordinal) ? OldSuffix
            : null;
        return kind is not null && suffix.Length == kind.Length + IdLength && suffix[kind.Length..].All(char.IsAsciiHexDigitLower);
    }

    private static string NewId() => Guid.NewGuid().ToString("N")[..IdLength];

    private string PathOf(string relativePath)
    {
        var path = Path.Combine(staging, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
