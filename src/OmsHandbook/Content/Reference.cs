using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>One source from references.yml that chapters cite as [@key].</summary>
public sealed record Reference(
    string Key,
    string Authors,
    string Title,
    string? Journal,
    int Year,
    string? Doi,
    string? Pmid,
    string? Url,
    SourceLocation Location);
