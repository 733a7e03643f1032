namespace OmsHandbook.Content;

/// <summary>A file read from the input folder: where it lives, how to name it in messages, and its text.</summary>
public sealed record InputFile(string FullPath, string DisplayPath, string Text)
{
    /// <summary>The path relative to the input folder, with forward slashes (used for "edit this page").</summary>
    public required string RelativePath { get; init; }
}
