namespace OmsHandbook.Site;

/// <summary>
/// A <see cref="PageToRender.Key"/> made of parts compared one by one: strings and records by value,
/// and rendered pages kept from the previous build by reference (the same object means the same HTML).
/// </summary>
public sealed class PageKey(params object?[] parts) : IEquatable<PageKey>
{
    private readonly object?[] parts = parts;

    public bool Equals(PageKey? other) =>
        other is not null && parts.Length == other.parts.Length && parts.Zip(other.parts).All(p => Equals(p.First, p.Second));

    public override bool Equals(object? obj) => Equals(obj as PageKey);

    public override int GetHashCode() => parts.Length;
}
