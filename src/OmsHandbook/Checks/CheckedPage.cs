using AngleSharp.Dom;
using OmsHandbook.Pipeline;

namespace OmsHandbook.Checks;

/// <summary>One written HTML page, parsed, with what a check needs to name where a problem is.</summary>
public sealed record CheckedPage(string OutputPath, string DisplayPath, IDocument Document, string? SourceFile)
{
    public IReadOnlySet<string> Ids { get; } = Document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);

    public SourceLocation At(IElement element) =>
        element.SourceReference?.Position is { } position
            ? new SourceLocation(DisplayPath, Math.Max(1, position.Line), Math.Max(1, position.Column))
            : SourceLocation.StartOf(DisplayPath);

    /// <summary>Names the input file the page came from, for messages about a generated page.</summary>
    public string FromSource => SourceFile is null ? "" : $" (page built from {SourceFile})";
}
