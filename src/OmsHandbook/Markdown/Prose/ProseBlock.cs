using OmsHandbook.Core;

namespace OmsHandbook.Markdown.Prose;

/// <summary>What kind of block a piece of prose came from; headings, list items and table cells read as whole sentences.</summary>
public enum ProseKind
{
    Paragraph,
    Heading,
    ListItem,
    TableCell,
}

/// <summary>Where a run of a block's plain text starts, in the text and in the input file.</summary>
public sealed record ProseSegment(int Offset, SourceLocation Location);

/// <summary>
/// The plain text of one block as a reader sees it (no markup, no citation markers), whether the
/// block cites a source, and enough positions to name the file, line and column of any word in it.
/// </summary>
public sealed record ProseBlock(ProseKind Kind, string Text, bool Cited, IReadOnlyList<ProseSegment> Segments)
{
    /// <summary>Prose that is not Markdown, such as a FAQ question: one run at one place.</summary>
    public static ProseBlock Plain(ProseKind kind, string text, SourceLocation location) =>
        new(kind, text, Cited: false, [new ProseSegment(0, location)]);

    /// <summary>The input location of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public SourceLocation LocationOf(int offset)
    {
        var segment = Segments[0];
        foreach (var candidate in Segments)
        {
            if (candidate.Offset > offset)
            {
                break;
            }

            segment = candidate;
        }

        return segment.Location with { Column = segment.Location.Column + (offset - segment.Offset) };
    }
}
