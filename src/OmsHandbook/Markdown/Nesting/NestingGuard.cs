using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OmsHandbook.Markdown.Nesting;

/// <summary>
/// Refuses Markdown nested deeper than any reader can follow (quotes in quotes, lists in lists,
/// emphasis in emphasis) before it reaches code that walks the tree recursively. Markdig itself
/// throws, without a position, past its own limit; this finds the line first.
/// </summary>
public static class NestingGuard
{
    /// <summary>Quote and list markers one line may open; real pages use three or four.</summary>
    public const int MaxMarkersOnALine = 32;

    /// <summary>Levels of the parsed tree below the document (a list level is two: the list and its item).</summary>
    public const int MaxTreeDepth = 80;

    /// <summary>The 0-based line and column of the first line that opens too many quotes or list items, if any.</summary>
    public static (int Line, int Column)? DeepLine(string markdown)
    {
        var line = 0;
        var start = 0;
        while (start <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0)
            {
                end = markdown.Length;
            }

            if (Markers(markdown.AsSpan(start, end - start)) > MaxMarkersOnALine)
            {
                return (line, 0);
            }

            start = end + 1;
            line++;
        }

        return null;
    }

    /// <summary>The first node (in document order) that sits deeper than <see cref="MaxTreeDepth"/>, if any.</summary>
    public static MarkdownObject? TooDeep(MarkdownDocument document)
    {
        // An explicit stack: the point is to measure depth without recursing as deep as the input.
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > MaxTreeDepth)
            {
                return node;
            }

            var children = Children(node);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push((children[i], depth + 1));
            }
        }

        return null;
    }

    private static List<MarkdownObject> Children(MarkdownObject node)
    {
        var children = new List<MarkdownObject>();
        switch (node)
        {
            case ContainerBlock container:
                children.AddRange(container);
                break;
            case LeafBlock { Inline: { } inline }:
                children.Add(inline);
                break;
            case ContainerInline inlines:
                for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                {
                    children.Add(child);
                }

                break;
        }

        return children;
    }

    /// <summary>How many '>' and list markers open the line, before its text.</summary>
    private static int Markers(ReadOnlySpan<char> line)
    {
        var count = 0;
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            if (i >= line.Length)
            {
                // Only markers: '- - -' and '* * *' are thematic breaks, not lists.
                return line.Contains('>') ? count : 0;
            }

            if (line[i] == '>')
            {
                i++;
            }
            else if (line[i] is '-' or '*' or '+' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
            {
                i++;
            }
            else if (OrderedMarkerLength(line[i..]) is > 0 and var length)
            {
                i += length;
            }
            else
            {
                return count;
            }

            count++;
        }
    }

    private static int OrderedMarkerLength(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < text.Length && text[digits] is '.' or ')' && (digits + 1 == text.Length || text[digits + 1] is ' ' or '\t')
            ? digits + 1
            : 0;
    }
}
