using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OmsHandbook.Pipeline;

namespace OmsHandbook.Markdown.RawHtml;

/// <summary>
/// Pages are Markdown only: raw HTML could carry scripts or inline styles past the site's
/// Content-Security-Policy, and would bypass the accessible components.
/// </summary>
public static class RawHtmlGuard
{
    public static void Check(MarkdownDocument document, MarkdownSource source, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<HtmlBlock>())
        {
            Report(block, source, diagnostics);
        }

        foreach (var inline in document.Descendants<HtmlInline>())
        {
            Report(inline, source, diagnostics);
        }
    }

    private static void Report(MarkdownObject node, MarkdownSource source, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.RawHtml, source.At(node),
            "raw HTML is not allowed in the handbook; write it in Markdown, or escape a literal '<' as '\\<'");
}
