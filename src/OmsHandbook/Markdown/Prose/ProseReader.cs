using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Markdown.Containers;

namespace OmsHandbook.Markdown.Prose;

/// <summary>Reads the prose of a parsed page block by block, for readability scores and content lint.</summary>
public static class ProseReader
{
    public static IReadOnlyList<ProseBlock> Read(ParsedMarkdown parsed)
    {
        var blocks = new List<ProseBlock>();
        foreach (var block in parsed.Document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Add(blocks, ProseKind.Heading, heading.Inline, cited: false, parsed.Source);
                    break;
                case FencedContainer { Heading: { } words } container when !string.IsNullOrWhiteSpace(words):
                    blocks.Add(ProseBlock.Plain(ProseKind.Heading, words.Trim(), parsed.Source.At(container)));
                    break;
                case ParagraphBlock paragraph:
                    var (kind, cited) = paragraph.Parent switch
                    {
                        ListItemBlock item => (ProseKind.ListItem, Cites(item) || Cites(LeadIn(item))),
                        TableCell { Parent: TableRow row } => (ProseKind.TableCell, Cites(row)),
                        _ => (ProseKind.Paragraph, Cites(paragraph)),
                    };
                    Add(blocks, kind, paragraph.Inline, cited, parsed.Source);
                    break;
            }
        }

        return blocks;
    }

    /// <summary>The paragraph that introduces a list ("In one study of 101 children [@x]:"), which cites for every item.</summary>
    private static ParagraphBlock? LeadIn(ListItemBlock item)
    {
        if (item.Parent is not ListBlock { Parent: { } container } list)
        {
            return null;
        }

        var index = container.IndexOf(list);
        return index > 0 ? container[index - 1] as ParagraphBlock : null;
    }

    private static bool Cites(MarkdownObject? scope) => scope switch
    {
        ContainerBlock container => container.Descendants<CitationInline>().Any(),
        LeafBlock leaf => leaf.Inline?.Descendants<CitationInline>().Any() ?? false,
        _ => false,
    };

    private static void Add(List<ProseBlock> blocks, ProseKind kind, ContainerInline? inline, bool cited, MarkdownSource source)
    {
        if (inline is null)
        {
            return;
        }

        var text = new StringBuilder();
        // A leading run at the block's own position, for text that has no literal of its own.
        var segments = new List<ProseSegment> { new(0, source.At(inline)) };
        InlineText.Append(inline, text, run => segments.Add(new ProseSegment(text.Length, source.At(run))));
        var plain = text.ToString();
        if (plain.Trim().Length > 0)
        {
            blocks.Add(new ProseBlock(kind, plain, cited, segments));
        }
    }
}
