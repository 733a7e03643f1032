using Markdig.Syntax.Inlines;

namespace OmsHandbook.Markdown.Citations;

/// <summary>A citation marker such as [@rossor2022; @pang2010].</summary>
public sealed class CitationInline : LeafInline
{
    public required IReadOnlyList<string> Keys { get; init; }

    /// <summary>The page-wide source numbers, one per key, filled in once the page's citations are numbered.</summary>
    public IReadOnlyList<int> Numbers { get; set; } = [];
}
