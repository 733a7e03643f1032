using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>One question and answer from faq.yml.</summary>
public sealed record FaqEntry(
    string Id,
    string Question,
    string Answer,
    SourceLocation AnswerLocation,
    IReadOnlyList<Located<string>> Related,
    SourceLocation Location);
