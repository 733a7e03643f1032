using OmsHandbook.Pipeline;

namespace OmsHandbook.Content;

/// <summary>The YAML block at the top of a Markdown page.</summary>
public sealed record PageFrontMatter(
    string Title,
    string Description,
    int? Order,
    Audience Audience,
    DateOnly? LastReviewed,
    DateOnly? NextReview,
    string ReviewedBy,
    IReadOnlyList<Located<string>> Aliases,
    SourceLocation Location)
{
    /// <summary>The next review date, defaulting to a year after the last review.</summary>
    public DateOnly? NextReviewDue => NextReview ?? LastReviewed?.AddYears(1);
}
