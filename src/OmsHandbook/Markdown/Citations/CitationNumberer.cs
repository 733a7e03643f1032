using Markdig.Syntax;

namespace OmsHandbook.Markdown.Citations;

/// <summary>Numbers every citation of a document, in reading order, with the page's <see cref="CitationNumbering"/>.</summary>
public sealed class CitationNumberer : IMarkdownPass
{
    public void Run(ParsedMarkdown parsed, PassContext context)
    {
        foreach (var citation in parsed.Document.Descendants<CitationInline>())
        {
            context.Citations.Number(citation, parsed.Source, context.Diagnostics);
        }
    }
}
