namespace OmsHandbook.Pipeline;

/// <summary>What to build, from where, to where.</summary>
public sealed record BuildOptions(string InputDirectory, string OutputDirectory, string? BaseUrlOverride = null);
