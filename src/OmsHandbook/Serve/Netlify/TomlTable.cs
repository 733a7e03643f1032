namespace OmsHandbook.Serve.Netlify;

/// <summary>
/// A TOML table as <see cref="TomlReader"/> reads it. Values are string, long, bool, a nested
/// <see cref="TomlTable"/>, or a list of any of these (an array of tables is a list of tables).
/// </summary>
public sealed class TomlTable
{
    private readonly Dictionary<string, object> values = new(StringComparer.Ordinal);
    private readonly List<string> order = [];
    private readonly Dictionary<string, (TomlPosition Key, TomlPosition Value)> positions = new(StringComparer.Ordinal);

    /// <summary>The keys in the order the file gives them.</summary>
    public IReadOnlyList<string> Keys => order;

    public object? this[string key] => values.GetValueOrDefault(key);

    public bool Contains(string key) => values.ContainsKey(key);

    public string? Text(string key) => this[key] as string;

    public long? Number(string key) => this[key] is long number ? number : null;

    public bool? Flag(string key) => this[key] is bool flag ? flag : null;

    public TomlTable? Table(string key) => this[key] as TomlTable;

    /// <summary>Where the key starts in the file; for a table made by a [header] or a dotted key, where that was read.</summary>
    public TomlPosition KeyAt(string key) => positions.GetValueOrDefault(key).Key;

    /// <summary>Where the key's value starts in the file (its opening quote, for text).</summary>
    public TomlPosition ValueAt(string key) => positions.GetValueOrDefault(key).Value;

    /// <summary>An array of tables (`[[key]]`), or none.</summary>
    public IReadOnlyList<TomlTable> Tables(string key) =>
        this[key] is List<object> list ? list.OfType<TomlTable>().ToList() : [];

    internal void Add(string key, object value, TomlPosition keyAt, TomlPosition valueAt)
    {
        values.Add(key, value);
        order.Add(key);
        positions.Add(key, (keyAt, valueAt));
    }
}
