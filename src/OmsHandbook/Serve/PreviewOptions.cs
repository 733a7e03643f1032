using OmsHandbook.Search;

namespace OmsHandbook.Serve;

/// <summary>What `serve` previews and how.</summary>
/// <param name="Port">0 picks any free port (tests do).</param>
/// <param name="ThemeAssetsFolder">The theme's asset sources, read and watched when the repository has them.</param>
/// <param name="NetlifyToml">The netlify.toml whose headers and redirects the preview applies, when there is one.</param>
/// <param name="Today">The day review dates are judged against; today's date at each build when null.</param>
public sealed record PreviewOptions(
    string InputDirectory,
    int Port,
    string? ThemeAssetsFolder,
    string? NetlifyToml,
    DateOnly? Today = null,
    bool AllowOverdue = false)
{
    /// <summary>The repository's theme assets folder, relative to the folder that holds input/.</summary>
    public const string ThemeAssetsPath = "theme/OmsHandbook.Theme/assets";

    /// <summary>The default port: http://localhost:5080.</summary>
    public const int DefaultPort = 5080;

    /// <summary>When the search index shards, as in <see cref="Pipeline.BuildOptions.SearchIndex"/>.</summary>
    public SearchIndexOptions SearchIndex { get; init; } = SearchIndexOptions.Default;

    /// <summary>Options for an input folder inside a repository: its theme assets and netlify.toml are found beside it.</summary>
    public static PreviewOptions ForRepository(string inputDirectory, int port, DateOnly? today = null, bool allowOverdue = false)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(inputDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        var assets = Path.Combine(root, ThemeAssetsPath);
        var netlify = Path.Combine(root, Netlify.NetlifyConfig.FileName);
        return new PreviewOptions(inputDirectory, port, Directory.Exists(assets) ? assets : null, File.Exists(netlify) ? netlify : null, today, allowOverdue);
    }
}
