namespace OmsHandbook.Serve.Netlify;

/// <summary>TOML the reader does not accept, with the 1-based line and column where reading stopped.</summary>
public sealed class TomlException(int line, int column, string reason)
    : Exception($"({line},{column}): {reason}")
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Reason { get; } = reason;
}
