using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OmsHandbook.Content;

namespace OmsHandbook.Markdown.Figures;

/// <summary>
/// Finds images of SVG figures that stand alone in their paragraph (<c>![alt](../media/figures/x.svg "caption")</c>)
/// and puts a <see cref="FigureBlock"/> in the paragraph's place. An SVG image inside a sentence stays an
/// ordinary &lt;img&gt;: a figure is a block of its own.
/// </summary>
public static class FigurePlacer
{
    /// <param name="relative">The image's path inside input/media, already checked to be a media file.</param>
    /// <returns>Whether the image became a figure.</returns>
    public static bool TryPlace(LinkInline image, string relative, IReadOnlyDictionary<string, SvgFigure> figures)
    {
        if (!figures.TryGetValue(relative, out var figure)
            || image.Parent is not { } container
            || container.ParentBlock is not ParagraphBlock { Parent: { } parent } paragraph
            || !StandsAlone(image, container))
        {
            return false;
        }

        var caption = string.IsNullOrWhiteSpace(image.Title) ? InlineText.Of(image) : image.Title.Trim();
        var block = new FigureBlock(figure, caption) { Line = paragraph.Line, Column = paragraph.Column, Span = paragraph.Span };
        var index = parent.IndexOf(paragraph);
        parent.RemoveAt(index);
        parent.Insert(index, block);
        return true;
    }

    private static bool StandsAlone(LinkInline image, ContainerInline container) =>
        container.All(inline => ReferenceEquals(inline, image) || inline is LineBreakInline || inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace());
}
