using Markdig.Parsers;
using OmsHandbook.Markdown.Containers;

namespace OmsHandbook.Markdown.CareCards;

/// <summary>A care card: <c>::: urgent Call your care team today if:</c>, its bullets, and a closing <c>:::</c>.</summary>
public sealed class CareCard(BlockParser parser) : FencedContainer(parser)
{
    /// <summary>The level its fence names; only the levels' names make a care card.</summary>
    public CareCardLevel Level => CareCardLevels.Parse(Info) ?? CareCardLevel.NonUrgent;

    /// <summary>The card's heading, written after the level on the fence line.</summary>
    public override string? Heading => Arguments;
}
