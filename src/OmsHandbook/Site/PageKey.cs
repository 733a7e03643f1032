namespace OmsHandbook.Site;

/// <summary>
/// A <see cref="PageToRender.Key"/> made of parts compared one by one: strings and records by value,
/// rendered pages kept from the previous build by reference (the same object means the same HTML),
/// and lazy strings by their value, made only when a preview compares two keys.
/// </summary>
public sealed class PageKey(params object?[] parts) : IEquatable<PageKey>
{
    private readonly object?[] parts = parts;

    public bool Equals(PageKey? other) =>
        other is not null && parts.Length == other.parts.Length && parts.Zip(other.parts).All(p => Equals(Value(p.First), Value(p.Second)));

    private static object? Value(object? part) => part is Lazy<string> lazy ? lazy.Value : part;

    public override bool Equals(object? obj) => Equals(obj as PageKey);

    public override int GetHashCode() => parts.Length;
}
