using Markdig.Syntax;
using OmsHandbook.Content;
using OmsHandbook.Core;

namespace OmsHandbook.Markdown.Containers;

/// <summary>Reports every <c>:::</c> block whose name is no registered kind, with the names there are.</summary>
public sealed class UnknownContainerRules : IMarkdownPass
{
    public void Run(ParsedMarkdown parsed, PassContext context)
    {
        foreach (var block in parsed.Document.Descendants<UnknownContainer>())
        {
            var at = parsed.Source.At(block);
            // Markdig ends an unclosed fence at the end of the document, so the block would silently swallow the rest of the page.
            if (!block.IsClosed)
            {
                context.Diagnostics.Error(DiagnosticCodes.InvalidCareCard, at,
                    $"this '::: {block.Info}' block is never closed, so everything after it on the page would be inside it; add a line with only ':::' after its end");
            }

            var hint = Suggest.Nearest(block.Info ?? "", block.KnownNames) is { } near ? $"did you mean '::: {near}'? " : "";
            var names = string.Join(", ", block.KnownNames.Select(name => $"'::: {name}'"));
            context.Diagnostics.Error(DiagnosticCodes.InvalidCareCard, at,
                $"'::: {block.Info}' is not a care card, nor any other kind of ::: block; {hint}start the block with one of {names} (a care card's level is followed by its heading)");
        }
    }
}
