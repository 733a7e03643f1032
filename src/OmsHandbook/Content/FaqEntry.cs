using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>One question and answer from faq.yml.</summary>
public sealed record FaqEntry(
    string Id,
    string Question,
    string Answer,
    SourceLocation AnswerLocation,
    IReadOnlyList<Located<string>> Related,
    SourceLocation Location)
{
    /// <summary>In a translation, the hash of the original entry's text it was made from (source_hash); null when none is recorded.</summary>
    public Located<string>? SourceHash { get; init; }
}
