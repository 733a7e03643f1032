using Markdig.Parsers;
using OmsHandbook.Markdown.Containers;

namespace OmsHandbook.Markdown.KeyPoints;

/// <summary>A <c>::: key-points</c> block: a page's main points in a few lines, under a heading of their own ("In short").</summary>
/// <remarks>Its title is a heading inside it, written in the page's language, so it gets an id and a place in the outline.</remarks>
public sealed class KeyPointsBlock(BlockParser parser) : FencedContainer(parser)
{
    /// <summary>The name after the fence.</summary>
    public const string Name = "key-points";
}
