using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace OmsHandbook.Markdown.Containers;

/// <summary>
/// A <c>:::</c> block of one registered kind: the name after the fence (<see cref="Info"/>) chose the kind,
/// and each kind's subclass is the contract between its extension's renderer and its rules.
/// </summary>
public abstract class FencedContainer(BlockParser parser) : ContainerBlock(parser), IFencedBlock
{
    /// <summary>
    /// The words on the fence line that a reader sees as the block's heading, which the prose checks and
    /// the search read as one; null when the fence line holds none (a printable's orientation is no heading).
    /// </summary>
    public virtual string? Heading => null;

    /// <summary>False when no closing fence was found: Markdig then ends the block at the end of the document.</summary>
    public bool IsClosed => ClosingFencedCharCount > 0;

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
}
