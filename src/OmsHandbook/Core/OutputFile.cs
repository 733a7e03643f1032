namespace OmsHandbook.Core;

/// <summary>A file of the finished site: its path under the output folder (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
