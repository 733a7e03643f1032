using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OmsHandbook.Markdown.Citations;

namespace OmsHandbook.Markdown;

/// <summary>The plain text a reader sees in some Markdown, without markup or citation markers.</summary>
public static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        var builder = new StringBuilder();
        Append(container, builder);
        return builder.ToString().Trim();
    }

    /// <summary>The text of a whole block tree, paragraphs separated by spaces.</summary>
    public static string Of(ContainerBlock container)
    {
        var builder = new StringBuilder();
        foreach (var leaf in container.Descendants<LeafBlock>())
        {
            if (leaf.Inline is not null)
            {
                Append(leaf.Inline, builder);
                builder.Append(' ');
            }
        }

        return string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Appends the reader's text of some inlines; <paramref name="beforeRun"/> hears of each literal or
    /// code run just before its text is appended, so a caller can note where the run came from.
    /// </summary>
    internal static void Append(ContainerInline? container, StringBuilder builder, Action<Inline>? beforeRun = null)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    beforeRun?.Invoke(literal);
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    beforeRun?.Invoke(code);
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                case CitationInline:
                    break;
                case ContainerInline child:
                    Append(child, builder, beforeRun);
                    break;
            }
        }
    }
}
