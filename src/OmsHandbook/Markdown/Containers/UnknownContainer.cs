using Markdig.Parsers;

namespace OmsHandbook.Markdown.Containers;

/// <summary>A <c>:::</c> block whose name no kind registered; it renders as its content alone, and is an error.</summary>
/// <param name="known">The names that were registered, for the message that lists them.</param>
public sealed class UnknownContainer(BlockParser parser, IReadOnlyList<string> known) : FencedContainer(parser)
{
    public IReadOnlyList<string> KnownNames { get; } = known;

    /// <summary>Most such blocks are care cards with a misspelt level, so the fence line is read as their heading.</summary>
    public override string? Heading => Arguments;
}
