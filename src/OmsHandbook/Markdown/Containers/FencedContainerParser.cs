using Markdig.Parsers;

namespace OmsHandbook.Markdown.Containers;

/// <summary>Reads the fence and lines of one kind of <c>:::</c> block; <see cref="ContainerParser"/> hands it the fences that name its kind.</summary>
public sealed class FencedContainerParser<T> : FencedBlockParserBase<T>
    where T : FencedContainer
{
    private readonly Func<BlockParser, T> create;

    public FencedContainerParser(Func<BlockParser, T> create)
    {
        this.create = create;
        OpeningCharacters = [':'];
        InfoPrefix = null;
    }

    protected override T CreateFencedBlock(BlockProcessor processor) => create(this);
}
