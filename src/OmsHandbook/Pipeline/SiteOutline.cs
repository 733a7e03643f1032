using OmsHandbook.Content;
using OmsHandbook.Markdown;
using OmsHandbook.Markdown.ChapterLinks;
using OmsHandbook.Markdown.HeadingIds;

namespace OmsHandbook.Pipeline;

/// <summary>
/// The barrier before rendering: every page's headings are known, so a link to any heading of any
/// page can be checked, and the link resolvers are made once for the whole site.
/// </summary>
public sealed record SiteOutline(HandbookContent Content, IReadOnlyList<OutlinedPage> Pages, PageLinking Linking, IReadOnlyDictionary<string, Reference> References)
{
    /// <summary>The edition's own pages as link targets: a translation's links to pages it has not translated yet fall back to them.</summary>
    public IReadOnlyList<LinkTarget> Targets { get; init; } = [];

    /// <summary>
    /// A content hash of everything a render depends on beyond the page itself (<see cref="MemoKeys.RenderContext"/>),
    /// when the build keeps a memo; null otherwise.
    /// </summary>
    public string? ContextKey { get; init; }
}

/// <summary>
/// A page on its way to rendering: its headings are known, and its syntax tree is held only when
/// it was parsed to learn them, until the render takes it.
/// </summary>
/// <param name="key">A content hash of everything its render depends on, when the build keeps a memo.</param>
public sealed class OutlinedPage(ContentPage page, IReadOnlyList<HeadingInfo> headings, ParsedMarkdown? parsed, string? key)
{
    private ParsedMarkdown? parsed = parsed;

    public ContentPage Page { get; } = page;

    public IReadOnlyList<HeadingInfo> Headings { get; } = headings;

    public string? Key { get; } = key;

    /// <summary>Hands over the syntax tree, once: held for every page at once, trees were the largest thing in memory.</summary>
    public ParsedMarkdown? TakeParsed() => Interlocked.Exchange(ref parsed, null);
}
