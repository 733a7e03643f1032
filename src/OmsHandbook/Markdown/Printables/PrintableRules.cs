using Markdig.Syntax;
using OmsHandbook.Core;

namespace OmsHandbook.Markdown.Printables;

/// <summary>Checks the printable blocks of one page: at most one, at the top level, closed, titled, and with a known orientation.</summary>
public sealed class PrintableRules : IMarkdownPass
{
    public void Run(ParsedMarkdown parsed, PassContext context)
    {
        var (source, diagnostics) = (parsed.Source, context.Diagnostics);
        PrintableBlock? first = null;
        foreach (var block in parsed.Document.Descendants<PrintableBlock>())
        {
            var at = source.At(block);
            if (first is null)
            {
                first = block;
            }
            else
            {
                // The printer gets one part; a second would be silently dropped from the paper.
                diagnostics.Error(DiagnosticCodes.InvalidPrintable, at,
                    $"a page has at most one '::: printable' block, and this one comes after the block at line {source.At(first).Line}; join them into one, or move this part to its own page");
            }

            // Markdig ends an unclosed fence at the end of the document, so the rest of the page would be printed too.
            if (!block.IsClosed)
            {
                diagnostics.Error(DiagnosticCodes.InvalidPrintable, at,
                    "this '::: printable' block is never closed, so everything after it on the page would be printed; add a line with only ':::' after the part to print");
            }

            // The stylesheet finds the part to print as a direct child of the page's prose.
            if (block.Parent is not MarkdownDocument)
            {
                diagnostics.Error(DiagnosticCodes.InvalidPrintable, at,
                    "a '::: printable' block must stand on its own, not inside a list, quote or care card; move it out, to the start of a line");
            }

            if (block.FirstOrDefault() is not HeadingBlock)
            {
                diagnostics.Error(DiagnosticCodes.InvalidPrintable, at,
                    "a '::: printable' block starts with a heading, its title on paper (e.g. '## My child's week'); add one on the line after the fence");
            }

            var orientation = block.Arguments?.Trim() ?? "";
            if (orientation.Length > 0 && orientation is not (PrintableBlock.Landscape or PrintableBlock.Portrait))
            {
                diagnostics.Error(DiagnosticCodes.InvalidPrintable, at,
                    $"'{orientation}' is not a way to turn the sheet; write '::: printable' for an upright sheet or '::: printable landscape' for a sideways one, and put the title in a heading inside the block");
            }
        }
    }
}
