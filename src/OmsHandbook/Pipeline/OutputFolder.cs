using OmsHandbook.Site;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Writes a whole site into a fresh folder beside the output and swaps it in only when every file is
/// written, so a failed or cancelled build leaves the previous site exactly as it was.
/// </summary>
public static class OutputFolder
{
    public static void Replace(string outputDirectory, IReadOnlyList<OutputFile> files, CancellationToken cancellation)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var staging = output + ".new-" + Guid.NewGuid().ToString("N")[..8];
        var retired = output + ".old-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            foreach (var file in files)
            {
                cancellation.ThrowIfCancellationRequested();
                var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }

            cancellation.ThrowIfCancellationRequested();
            if (Directory.Exists(output))
            {
                Directory.Move(output, retired);
            }

            Directory.Move(staging, output);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            if (Directory.Exists(retired))
            {
                Directory.Delete(retired, recursive: true);
            }
        }
    }
}
