namespace OmsHandbook.Pipeline;

/// <summary>
/// A fresh folder beside the output that a build writes into file by file, from any thread, as the
/// pages are made. <see cref="Commit"/> swaps it in whole; disposing it uncommitted deletes it, so a
/// failed or cancelled build leaves the previous site exactly as it was and nothing behind.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string output;
    private readonly string staging;
    private bool committed;

    private StagingFolder(string output)
    {
        this.output = output;
        staging = output + ".new-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(staging);
    }

    public static StagingFolder Beside(string outputDirectory) =>
        new(Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar));

    /// <param name="relativePath">The file's path under the site's root, with forward slashes.</param>
    public void Write(string relativePath, byte[] content) => File.WriteAllBytes(PathOf(relativePath), content);

    public void Copy(string relativePath, string sourceFile) => File.Copy(sourceFile, PathOf(relativePath));

    /// <summary>Puts the new site in place of the old one; the old one is deleted only after the swap.</summary>
    public void Commit()
    {
        var retired = output + ".old-" + Guid.NewGuid().ToString("N")[..8];
        if (Directory.Exists(output))
        {
            Directory.Move(output, retired);
        }

        Directory.Move(staging, output);
        committed = true;
        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!committed && Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private string PathOf(string relativePath)
    {
        var path = Path.Combine(staging, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
