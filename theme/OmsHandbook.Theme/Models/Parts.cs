namespace OmsHandbook.Theme.Models;

/// <summary>An "On this page" entry: an h2 or h3 of the page.</summary>
public sealed record TocEntry(int Level, string Text, string Id);

/// <summary>One numbered entry of a page's "Sources" list.</summary>
/// <param name="Url">The address as an href: characters a URL may not hold are percent-encoded.</param>
/// <param name="UrlText">The address as the reader sees it, as it was written.</param>
public sealed record SourceEntry(int Number, string Id, string Authors, string Title, string? Journal, int Year, string? DoiUrl, string? Doi, string? PubMedUrl, string? Pmid, string? Url, string? UrlText);

/// <summary>When a page was last reviewed, when it is due again, and by whom (empty: awaiting clinical review).</summary>
public sealed record ReviewInfo(DateOnly LastReviewed, DateOnly NextReview, string ReviewedBy);

/// <summary>One question and its answer on the FAQ page.</summary>
public sealed record FaqItem(string Id, string Question, string AnswerHtml, IReadOnlyList<NavLink> Related);

/// <summary>The glossary terms that start with one letter.</summary>
public sealed record GlossaryLetter(string Letter, string Id, IReadOnlyList<GlossaryEntry> Terms);

/// <summary>One glossary entry with its aliases, definition and links both ways.</summary>
/// <param name="MoreUses">Past the pages listed in <paramref name="UsedIn"/>, a link to search for the others; null when all are listed.</param>
public sealed record GlossaryEntry(string Id, string Term, IReadOnlyList<string> Aliases, string DefinitionHtml, IReadOnlyList<NavLink> SeeAlso, IReadOnlyList<NavLink> UsedIn, NavLink? MoreUses = null);

/// <summary>One chapter inside the print edition.</summary>
public sealed record PrintChapter(string Id, string Title, string Html, IReadOnlyList<SourceEntry> Sources, ReviewInfo? Review, string SourcesId);
