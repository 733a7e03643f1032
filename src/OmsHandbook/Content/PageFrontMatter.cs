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
    SourceLocation Location,
    SourceLocation ReviewLocation)
{
    /// <summary>The next review date, defaulting to a year after the last review.</summary>
    /// <remarks><see cref="ReviewLocation"/> is the line that sets it: next_review, else last_reviewed.</remarks>
    public DateOnly? NextReviewDue => NextReview ?? LastReviewed?.AddYears(1);
}
