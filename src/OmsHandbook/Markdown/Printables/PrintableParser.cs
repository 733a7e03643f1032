using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace OmsHandbook.Markdown.Printables;

/// <summary>
/// Opens a <see cref="PrintableBlock"/> at a <c>::: printable</c> fence and leaves every other <c>:::</c> fence
/// to the custom-container parser that care cards use, so the two kinds of block dispatch by name.
/// </summary>
public sealed class PrintableParser : FencedBlockParserBase<PrintableBlock>
{
    /// <summary>The name after the fence that marks the printable part.</summary>
    public const string Name = "printable";

    public PrintableParser()
    {
        OpeningCharacters = [':'];
        InfoPrefix = null;
        InfoParser = ParseInfo;
    }

    protected override PrintableBlock CreateFencedBlock(BlockProcessor processor) => new(this);

    // Declining here makes the fence an ordinary custom container (a care card, or an unknown one that the card rules report).
    private static bool ParseInfo(BlockProcessor state, ref StringSlice line, IFencedBlock fenced, char openingCharacter) =>
        DefaultInfoParser(state, ref line, fenced, openingCharacter)
        && string.Equals(fenced.Info, Name, StringComparison.Ordinal);
}
