using OmsHandbook.Core;

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
    public DateOnly? NextReviewDue => NextReview ?? (LastReviewed is { } last ? AYearAfter(last) : null);

    /// <summary>Where last_reviewed is written, for a message about that date alone.</summary>
    public SourceLocation? LastReviewedLocation { get; init; }

    /// <summary>For a page of a translation: the file name of the page it translates, in the first edition's chapters/ ("02-symptoms.md").</summary>
    public Located<string>? TranslationOf { get; init; }

    /// <summary>For a page of a translation: the content hash of the original's text it was translated from (<see cref="TranslationSource"/>).</summary>
    public Located<string>? SourceHash { get; init; }

    /// <summary>A year on, or the last day there is: a date in year 9999 is valid YAML and must not crash the build.</summary>
    private static DateOnly AYearAfter(DateOnly date) => date.Year < DateOnly.MaxValue.Year ? date.AddYears(1) : DateOnly.MaxValue;
}
