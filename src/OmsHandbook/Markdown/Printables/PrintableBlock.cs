using Markdig.Parsers;
using OmsHandbook.Markdown.Containers;

namespace OmsHandbook.Markdown.Printables;

/// <summary>A <c>::: printable</c> block: the one part of a page that a printer gets, on one sheet.</summary>
/// <remarks>
/// Its fence line holds no <see cref="FencedContainer.Heading"/>, so the prose reader and the search
/// splitter walk straight into its content, whose first heading is the sheet's title.
/// </remarks>
public sealed class PrintableBlock(BlockParser parser) : FencedContainer(parser)
{
    /// <summary>The name after the fence that marks the printable part.</summary>
    public const string Name = "printable";

    /// <summary>The word after "printable" that turns the sheet sideways.</summary>
    public const string Landscape = "landscape";

    /// <summary>The word after "printable" for an upright sheet, which is also the default.</summary>
    public const string Portrait = "portrait";

    /// <summary>Whether the sheet is turned sideways (wide tables such as a week's diary).</summary>
    public bool IsLandscape => string.Equals(Arguments?.Trim(), Landscape, StringComparison.Ordinal);
}
