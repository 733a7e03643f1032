namespace OmsHandbook.Markdown.GlossaryLinks;

/// <summary>
/// The glossary terms linked so far in one linking scope (a page, or one FAQ answer), so only the
/// first mention is linked; also what the glossary's "used in" lists are built from.
/// </summary>
public sealed class GlossaryUsage(bool autoLink)
{
    private readonly HashSet<string> linked = new(StringComparer.Ordinal);

    /// <summary>False for the glossary's own definitions, which link only where the writer asked.</summary>
    public bool AutoLink { get; } = autoLink;

    public IReadOnlySet<string> LinkedSlugs => linked;

    public bool MarkLinked(string slug) => linked.Add(slug);
}
