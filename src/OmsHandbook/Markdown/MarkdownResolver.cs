using OmsHandbook.Core;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Markdown.GlossaryLinks;
using OmsHandbook.Markdown.Nesting;

namespace OmsHandbook.Markdown;

/// <summary>
/// Finishes a parsed document once the whole site is known, by running the passes over it in order
/// (<see cref="MarkdownPasses.InOrder"/>): links to other pages, glossary links, citation numbers,
/// images, and the content rules checked on the tree.
/// </summary>
public sealed class MarkdownResolver(IReadOnlyList<IMarkdownPass> passes, DiagnosticBag diagnostics)
{
    public void Resolve(ParsedMarkdown parsed, CitationNumbering citations, GlossaryUsage usage)
    {
        if (parsed.TooDeepAt is { } deep)
        {
            diagnostics.Error(DiagnosticCodes.NestingTooDeep, deep,
                $"quotes, lists, emphasis or unclosed '[' are nested inside one another more than {NestingGuard.MaxMarkersOnALine} levels deep here; no reader can follow that, so flatten it into separate paragraphs or lists, and close every '['");
            return;
        }

        var context = new PassContext(diagnostics, citations, usage);
        foreach (var pass in passes)
        {
            pass.Run(parsed, context);
        }
    }
}
