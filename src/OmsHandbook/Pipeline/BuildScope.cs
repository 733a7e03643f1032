namespace OmsHandbook.Pipeline;

/// <summary>
/// What a build covers: the whole site, or only the pages whose files were just saved (the
/// preview's first look, shown before the whole build that follows and has the last word).
/// </summary>
/// <param name="SavedFiles">The saved files' full paths; null for the whole site.</param>
public sealed record BuildScope(IReadOnlySet<string>? SavedFiles)
{
    public static BuildScope WholeSite { get; } = new((IReadOnlySet<string>?)null);

    public bool IsWholeSite => SavedFiles is null;

    /// <summary>The home page and chapters whose files were saved, laid out and checked each on its own.</summary>
    public static BuildScope Saved(IReadOnlySet<string> files) => new(files);
}
