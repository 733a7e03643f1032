namespace OmsHandbook.Serve.Netlify;

/// <summary>A 1-based line and column in a TOML file.</summary>
public readonly record struct TomlPosition(int Line, int Column);
