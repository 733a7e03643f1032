namespace OmsHandbook.Theme.Models;

/// <summary>The part of a page inside &lt;main&gt;; each kind of page has its own body component.</summary>
public abstract record PageBody;

/// <summary>A home page or chapter written in Markdown.</summary>
public sealed record ArticleBody(
    string Html,
    string? AudienceLabel,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<SourceEntry> Sources,
    ReviewInfo? Review,
    NavLink? Previous,
    NavLink? Next,
    string? EditUrl) : PageBody
{
    /// <summary>True on the page about the handbook: it explains the offline copy and offers to remove it.</summary>
    public bool ExplainsOfflineCopy { get; init; }
}

/// <summary>The questions and answers page.</summary>
public sealed record FaqBody(IReadOnlyList<FaqItem> Items, IReadOnlyList<SourceEntry> Sources) : PageBody;

/// <summary>The A–Z glossary page.</summary>
public sealed record GlossaryBody(IReadOnlyList<GlossaryLetter> Letters, IReadOnlyList<SourceEntry> Sources) : PageBody;

/// <summary>Every chapter on one page, for printing or saving as PDF; or, for a long handbook, the list of its parts to print.</summary>
public sealed record PrintBody(IReadOnlyList<PrintChapter> Chapters, IReadOnlyList<NavLink> Parts) : PageBody;

/// <summary>The contents page: every chapter in order, for handbooks too long to list beside every page.</summary>
public sealed record ContentsBody(IReadOnlyList<NavLink> Chapters) : PageBody;

/// <summary>The "page not found" page.</summary>
public sealed record NotFoundBody(IReadOnlyList<NavLink> Suggestions) : PageBody;
