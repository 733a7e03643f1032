using OmsHandbook.Search;

namespace OmsHandbook.Pipeline;

/// <summary>What to build, from where, to where, and as of which day.</summary>
/// <param name="Today">The day review dates are judged against; only the command line reads the clock.</param>
/// <param name="AllowOverdue">Reports overdue reviews as warnings, for local work on stale pages.</param>
public sealed record BuildOptions(string InputDirectory, string OutputDirectory, DateOnly Today, string? BaseUrlOverride = null, bool AllowOverdue = false)
{
    /// <summary>False for `check`: everything runs, but the output folder is never touched.</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>Keeps search engines away (for deploy previews): a _headers file with X-Robots-Tag and a robots meta tag on every page.</summary>
    public bool NoIndex { get; init; }

    /// <summary>Reads the theme's assets from this folder instead of the copies built into the theme, so `serve` shows CSS edits at once.</summary>
    public string? ThemeAssetsFolder { get; init; }

    /// <summary>When the search index splits into files fetched on demand; tests lower the threshold to shard a small handbook.</summary>
    public SearchIndexOptions SearchIndex { get; init; } = SearchIndexOptions.Default;

    /// <summary>Test seam: lists input folders in reverse, to show that no output depends on the file system's order.</summary>
    internal bool ListFilesInReverse { get; init; }

    /// <summary>Test seam: called with the name of each stage as it starts, so a test can make one fail.</summary>
    internal Action<string>? BeforeStage { get; init; }
}
