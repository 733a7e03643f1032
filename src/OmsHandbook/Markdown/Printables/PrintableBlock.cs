using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace OmsHandbook.Markdown.Printables;

/// <summary>A <c>::: printable</c> block: the one part of a page that a printer gets, on one sheet.</summary>
/// <remarks>
/// Not a <see cref="Markdig.Extensions.CustomContainers.CustomContainer"/>, so the care-card rules, the prose
/// reader and the search splitter, which read every custom container as a card, walk straight into its content.
/// </remarks>
public sealed class PrintableBlock(BlockParser parser) : ContainerBlock(parser), IFencedBlock
{
    /// <summary>The word after "printable" that turns the sheet sideways.</summary>
    public const string Landscape = "landscape";

    /// <summary>The word after "printable" for an upright sheet, which is also the default.</summary>
    public const string Portrait = "portrait";

    public char FencedChar { get; set; }

    public int OpeningFencedCharCount { get; set; }

    public StringSlice TriviaAfterFencedChar { get; set; }

    public string? Info { get; set; }

    public StringSlice UnescapedInfo { get; set; }

    public StringSlice TriviaAfterInfo { get; set; }

    public string? Arguments { get; set; }

    public StringSlice UnescapedArguments { get; set; }

    public StringSlice TriviaAfterArguments { get; set; }

    public NewLine InfoNewLine { get; set; }

    public StringSlice TriviaBeforeClosingFence { get; set; }

    public int ClosingFencedCharCount { get; set; }

    /// <summary>Whether the sheet is turned sideways (wide tables such as a week's diary).</summary>
    public bool IsLandscape => string.Equals(Arguments?.Trim(), Landscape, StringComparison.Ordinal);
}
