using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OmsHandbook.Core;

namespace OmsHandbook.Markdown.RawHtml;

/// <summary>
/// Pages are Markdown, plus the few inline elements <see cref="HtmlPolicy"/> allows (language of parts,
/// abbreviations, sub- and superscript, keys, line breaks). Anything else could carry scripts or
/// styles past the site's Content-Security-Policy or bypass its accessible components, so each
/// refused tag is an error at its own line, naming why.
/// </summary>
public sealed class RawHtmlGuard : IMarkdownPass
{
    public void Run(ParsedMarkdown parsed, PassContext context)
    {
        var (document, source, diagnostics) = (parsed.Document, parsed.Source, context.Diagnostics);
        foreach (var block in document.Descendants<HtmlBlock>())
        {
            CheckBlock(block, source, diagnostics);
        }

        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline)
            {
                CheckInlines(inline, source, diagnostics);
            }
        }
    }

    /// <summary>HTML blocks are never allowed; the message names the most dangerous tag in the block, at its line.</summary>
    private static void CheckBlock(HtmlBlock block, MarkdownSource source, DiagnosticBag diagnostics)
    {
        var text = block.Lines.ToString();
        var reported = false;
        var refusedOpeners = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (tag, tagText, line) in RawTag.All(text))
        {
            // A closing tag of an element already refused adds nothing to the message about its opener.
            if (tag.IsClosing && refusedOpeners.Contains(tag.Name))
            {
                continue;
            }

            if (HtmlPolicy.Refusal(tag, tagText) is { } refusal && !HtmlPolicy.Allowed.ContainsKey(tag.Name))
            {
                diagnostics.Error(DiagnosticCodes.RawHtml, source.AtLine(block.Line + line, line == 0 ? block.Column : 0), refusal);
                refusedOpeners.Add(tag.Name);
                reported = true;
            }
        }

        if (!reported)
        {
            diagnostics.Error(DiagnosticCodes.RawHtml, source.At(block),
                "a block of raw HTML is not allowed; write it in Markdown (the few inline tags allowed, such as <span lang=\"fr\">, must sit inside a paragraph)");
        }
    }

    private static void CheckInlines(ContainerInline container, MarkdownSource source, DiagnosticBag diagnostics)
    {
        var open = new Stack<(HtmlInline Inline, RawTag Tag, bool Refused)>();
        foreach (var html in container.Descendants<HtmlInline>())
        {
            var tag = RawTag.Read(html.Tag ?? "");
            while (tag.IsClosing && open.TryPeek(out var top) && top.Refused && top.Tag.Name != tag.Name)
            {
                // A refused tag such as <img> never closes; it must not stand between a tag and its closing.
                open.Pop();
            }

            if (tag.IsClosing && open.TryPeek(out var opener) && opener.Tag.Name == tag.Name && opener.Inline.Parent == html.Parent)
            {
                open.Pop();
                continue;
            }

            var refusal = HtmlPolicy.Refusal(tag, html.Tag ?? "");
            if (refusal is not null)
            {
                diagnostics.Error(DiagnosticCodes.RawHtml, source.At(html), refusal);
            }
            else if (tag.IsClosing)
            {
                diagnostics.Error(DiagnosticCodes.RawHtml, source.At(html),
                    $"</{tag.Name}> closes nothing opened before it in the same paragraph, link or emphasis; open and close each tag around the same words");
            }

            if (!tag.IsClosing && !tag.IsComment && !HtmlPolicy.Void.Contains(tag.Name))
            {
                open.Push((html, tag, refusal is not null));
            }
        }

        foreach (var (inline, tag, refused) in open.Where(o => !o.Refused))
        {
            diagnostics.Error(DiagnosticCodes.RawHtml, source.At(inline),
                $"<{tag.Name}> is never closed in this paragraph, link or emphasis; add </{tag.Name}> after the words it marks");
        }
    }
}
