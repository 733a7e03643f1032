using Markdig.Syntax;
using OmsHandbook.Content;

namespace OmsHandbook.Markdown.Figures;

/// <summary>A paragraph that held only an image of an SVG figure, drawn inline with its caption and description.</summary>
public sealed class FigureBlock(SvgFigure figure, string caption) : LeafBlock(null)
{
    public SvgFigure Figure { get; } = figure;

    /// <summary>What the page says under the picture: the image's title ("…" after the address) or, without one, its alt text.</summary>
    public string Caption { get; } = caption;
}
