namespace OmsHandbook.Serve.Netlify;

/// <summary>A part of netlify.toml the preview leaves out, with where it is in the file and why.</summary>
public sealed record NetlifyProblem(TomlPosition At, string Reason);
