namespace OmsHandbook.Serve.Netlify;

/// <summary>netlify.toml the preview cannot use: not TOML, or a rule that lacks what Netlify needs; with where and why.</summary>
public sealed class NetlifyConfigException(TomlPosition at, string reason)
    : Exception($"({at.Line},{at.Column}): {reason}")
{
    public TomlPosition At { get; } = at;

    public string Reason { get; } = reason;
}
