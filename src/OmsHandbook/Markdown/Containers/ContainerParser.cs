using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;

namespace OmsHandbook.Markdown.Containers;

/// <summary>
/// The one parser of <c>:::</c> fences: it reads the name after the fence and hands the fence to the parser
/// of the kind registered under that name in <see cref="Kinds"/>, or makes an <see cref="UnknownContainer"/>
/// that <see cref="UnknownContainerRules"/> reports.
/// </summary>
public sealed class ContainerParser : BlockParser
{
    // What Markdig trims around a fence's name; a wider trim (a no-break space) would choose a kind by another name than Info.
    private const string MarkdownWhitespace = " \t\n\v\f\r";

    private readonly FencedContainerParser<UnknownContainer> unknown;

    public ContainerParser()
    {
        OpeningCharacters = [':'];
        unknown = new FencedContainerParser<UnknownContainer>(parser => new UnknownContainer(parser, Kinds.Names));
    }

    /// <summary>The kinds of <c>:::</c> block, by name; each kind's extension adds its own.</summary>
    public ContainerKinds Kinds { get; } = new();

    /// <summary>The pipeline's container parser, added ahead of every other block parser the first time a kind asks.</summary>
    public static ContainerParser In(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<ContainerParser>() is { } existing)
        {
            return existing;
        }

        var parser = new ContainerParser();
        pipeline.BlockParsers.Insert(0, parser);
        return parser;
    }

    public override BlockState TryOpen(BlockProcessor processor) =>
        (Kinds.Find(NameAfterFence(processor.Line)) ?? unknown).TryOpen(processor);

    /// <summary>The name as Markdig's fence reader will read it into <see cref="FencedContainer.Info"/>.</summary>
    private static string NameAfterFence(StringSlice line)
    {
        // Read, not consumed: the kind's parser reads the same fence again, from the start of the line.
        var text = line.AsSpan().TrimStart(':').Trim(MarkdownWhitespace);
        var end = text.IndexOfAny(' ', '\t');
        return HtmlHelper.Unescape((end < 0 ? text : text[..end]).Trim(MarkdownWhitespace).ToString());
    }
}
