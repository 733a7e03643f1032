using Markdig.Syntax;
using OmsHandbook.Core;

namespace OmsHandbook.Markdown.KeyPoints;

/// <summary>Checks each key-points block: closed, and named by a heading inside it, which is also its accessible name.</summary>
public sealed class KeyPointsRules : IMarkdownPass
{
    public void Run(ParsedMarkdown parsed, PassContext context)
    {
        foreach (var block in parsed.Document.Descendants<KeyPointsBlock>())
        {
            var at = parsed.Source.At(block);
            // Markdig ends an unclosed fence at the end of the document, so the box would silently take in the rest of the page.
            if (!block.IsClosed)
            {
                context.Diagnostics.Error(DiagnosticCodes.InvalidKeyPoints, at,
                    "this '::: key-points' block is never closed, so everything after it on the page would be inside the box; add a line with only ':::' after its last point");
            }

            if (!string.IsNullOrWhiteSpace(block.Arguments))
            {
                context.Diagnostics.Error(DiagnosticCodes.InvalidKeyPoints, at,
                    $"'{block.Arguments.Trim()}' after '::: key-points' would not be shown; put the box's title in a heading on the next line, e.g. '## In short'");
            }
            else if (block.FirstOrDefault() is not HeadingBlock)
            {
                context.Diagnostics.Error(DiagnosticCodes.InvalidKeyPoints, at,
                    "a '::: key-points' block starts with a heading that names it, e.g. '## In short'; add one on the line after the fence");
            }
        }
    }
}
